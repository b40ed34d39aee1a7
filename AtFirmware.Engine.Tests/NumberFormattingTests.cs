using System.Globalization;
using System.Text;

namespace EspAtNano.Tests;

/// <summary>
/// Numbers on the UART are ASCII digits with a plain '-', whatever the culture of the machine the
/// twin runs on (.NET writes U+2212 for a minus sign in some locales).
/// </summary>
[TestClass]
public sealed class NumberFormattingTests
{
    [TestMethod]
    [DataRow(0, "0")]
    [DataRow(7, "7")]
    [DataRow(-7, "-7")]
    [DataRow(10, "10")]
    [DataRow(-52, "-52")]
    [DataRow(1883, "1883")]
    [DataRow(int.MaxValue, "2147483647")]
    [DataRow(int.MinValue, "-2147483648")]
    public void DecimalsAreAsciiDigitsWithAPlainMinus(int value, string expected)
    {
        CultureInfo before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("sv-SE");
            ByteBuffer buffer = new ByteBuffer(2).AppendDecimal(value);
            Assert.AreEqual(expected, Encoding.ASCII.GetString(buffer.Data, 0, buffer.Length));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
