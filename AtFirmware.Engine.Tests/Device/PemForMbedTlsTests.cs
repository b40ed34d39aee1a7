using System.Text;
using EspAtNano.Engine.Device;

namespace EspAtNano.Tests.Device;

/// <summary>
/// Certificate bytes as mbedTLS parses them (AtFirmware.Engine/Device/PemForMbedTls.cs): PEM text
/// ends in exactly one NUL that its length counts; DER, empty and missing files pass unchanged.
/// </summary>
[TestClass]
public sealed class PemForMbedTlsTests
{
    private const string Pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";

    [TestMethod]
    public void PemTextGetsOneTerminatingNul()
    {
        byte[] text = Encoding.ASCII.GetBytes(Pem);
        byte[] result = PemForMbedTls.Terminate(text);
        CollectionAssert.AreEqual(text.Concat(new byte[] { 0 }).ToArray(), result);
    }

    [TestMethod]
    public void PemAfterACommentOrByteOrderMarkIsStillPem()
    {
        byte[] text = Encoding.UTF8.GetPreamble().Concat(Encoding.ASCII.GetBytes("# broker CA\n" + Pem)).ToArray();
        Assert.AreEqual(text.Length + 1, PemForMbedTls.Terminate(text).Length);
    }

    [TestMethod]
    public void AlreadyTerminatedPemIsLeftAlone()
    {
        byte[] text = Encoding.ASCII.GetBytes(Pem + "\0");
        Assert.AreSame(text, PemForMbedTls.Terminate(text));
    }

    [TestMethod]
    public void DerIsLeftAlone()
    {
        byte[] der = { 0x30, 0x82, 0x01, 0x0A, 0x02, 0x82, 0x01, 0x01, 0x00 , 0xC3 };
        Assert.AreSame(der, PemForMbedTls.Terminate(der));
    }

    [TestMethod]
    [DataRow("", DisplayName = "empty file")]
    [DataRow("-----BEGI", DisplayName = "truncated marker")]
    [DataRow("not a certificate", DisplayName = "plain text")]
    [DataRow("-----begin certificate-----", DisplayName = "lower-case marker")]
    public void BytesWithoutAPemMarkerAreLeftAlone(string contents)
    {
        byte[] bytes = Encoding.ASCII.GetBytes(contents);
        Assert.AreSame(bytes, PemForMbedTls.Terminate(bytes));
    }

    [TestMethod]
    public void NoFileStaysNoFile()
    {
        Assert.IsNull(PemForMbedTls.Terminate(null));
    }
}
