using System.Text;

namespace EspAtNano.Tests;

/// <summary>docs/framing.md Parameters.</summary>
[TestClass]
public sealed class ParameterTests
{
    private static ParameterList Parse(string text)
    {
        var list = new ParameterList();
        byte[] line = Encoding.Latin1.GetBytes("##" + text);
        list.Load(line, 2, line.Length - 2);
        return list;
    }

    private static string Str(ParameterList p, int i)
    {
        Assert.AreEqual(ParseStatus.Ok, p.ReadString(i, out byte[] v));
        return Encoding.Latin1.GetString(v);
    }

    [TestMethod]
    public void ParametersSplitOnEveryCommaThatIsNotEscapedEvenInsideQuotes()
    {
        var p = Parse("0,\"a,b\",1");
        Assert.AreEqual(4, p.Count);
        Assert.AreEqual(ParseStatus.Invalid, p.ReadString(1, out _));
        Assert.AreEqual(ParseStatus.Invalid, p.ReadString(2, out _));
    }

    [TestMethod]
    public void ABackslashMakesTheNextByteLiteral()
    {
        var p = Parse("\"a\\,b\",\"q\\\"q\",\"s\\\\\"");
        Assert.AreEqual(3, p.Count);
        Assert.AreEqual("a,b", Str(p, 0));
        Assert.AreEqual("q\"q", Str(p, 1));
        Assert.AreEqual("s\\", Str(p, 2));
    }

    [TestMethod]
    public void BackslashNIsJustN()
    {
        Assert.AreEqual("anb", Str(Parse("\"a\\nb\""), 0));
    }

    [TestMethod]
    [DataRow("abc")]
    [DataRow("\"abc")]
    [DataRow("abc\"")]
    [DataRow("\"")]
    [DataRow("\"abc\\\"")]
    [DataRow("\"ab\"c\"")]
    [DataRow(" \"abc\"")]
    public void AStringMustStartAndEndWithAQuote(string field)
    {
        Assert.AreEqual(ParseStatus.Invalid, Parse(field).ReadString(0, out _));
    }

    [TestMethod]
    public void AnOmittedFieldDiffersFromAnEmptyString()
    {
        var p = Parse("0,,\"\",");
        Assert.AreEqual(4, p.Count);
        Assert.AreEqual(ParseStatus.Omitted, p.ReadString(1, out _));
        Assert.AreEqual("", Str(p, 2));
        Assert.AreEqual(ParseStatus.Omitted, p.ReadString(3, out _));
        Assert.AreEqual(ParseStatus.Omitted, p.ReadString(9, out _));
        Assert.AreEqual(ParseStatus.Omitted, p.ReadInt(1, out _));
    }

    [TestMethod]
    [DataRow("0", 0)]
    [DataRow("7200", 7200)]
    [DataRow("-1", -1)]
    [DataRow("0x1F", 31)]
    [DataRow("0Xff", 255)]
    [DataRow("-0x10", -16)]
    [DataRow("2147483647", int.MaxValue)]
    [DataRow("-2147483648", int.MinValue)]
    [DataRow("0x7FFFFFFF", int.MaxValue)]
    [DataRow("-0x80000000", int.MinValue)]
    [DataRow("-0", 0)]
    public void IntegersAreDecimalOrHexWithAnOptionalLeadingMinus(string field, int expected)
    {
        Assert.AreEqual(ParseStatus.Ok, Parse(field).ReadInt(0, out int v));
        Assert.AreEqual(expected, v);
    }

    [TestMethod]
    [DataRow("+1")]
    [DataRow(" 1")]
    [DataRow("1 ")]
    [DataRow("\"1\"")]
    [DataRow("-")]
    [DataRow("0x")]
    [DataRow("1a")]
    [DataRow("0x1G")]
    [DataRow("2147483648")]
    [DataRow("-2147483649")]
    [DataRow("21474836470")]
    [DataRow("99999999999")]
    [DataRow("0x80000000")]
    [DataRow("0x100000000")]
    [DataRow("1\\2")]
    public void IntegersTakeNoPlusSpacesQuotesOrOtherCharacters(string field)
    {
        Assert.AreEqual(ParseStatus.Invalid, Parse(field).ReadInt(0, out _));
    }

    [TestMethod]
    public void LengthLimitsCountBytesAfterUnescaping()
    {
        using var m = new Module();
        string escaped = string.Concat(Enumerable.Repeat("\\,", 64));
        Expect("\r\nOK\r\n", m.Send($"AT+MQTTUSERCFG=0,1,\"id\",\"{escaped}\",\"\",0,0,\"\"\r\n"));
        Expect("ERR CODE:0x010a6019\r\n\r\nERROR\r\n",
            m.Send($"AT+MQTTUSERCFG=0,1,\"id\",\"{escaped}x\",\"\",0,0,\"\"\r\n"));
    }
}
