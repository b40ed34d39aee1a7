using EspAtNano.Engine.Device;
using EspAtNano.Firmware.Tests.Support;
using nanoFramework.TestFramework;

namespace EspAtNano.Firmware.Tests.Device
{
    /// <summary>
    /// Certificate bytes as mbedTLS parses them (AtFirmware.Engine/Device/PemForMbedTls.cs): PEM text
    /// ends in exactly one NUL that its length counts; DER, empty and missing files pass unchanged.
    /// (Compared as bytes: nanoFramework's strings end at their first NUL.)
    /// </summary>
    [TestClass]
    public class PemForMbedTlsTests
    {
        private const string Pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";

        [TestMethod]
        public void PemTextGetsOneTerminatingNul()
        {
            byte[] text = Latin1.Bytes(Pem);
            byte[] result = PemForMbedTls.Terminate(text);
            Assert.AreEqual(text.Length + 1, result.Length);
            Assert.AreEqual(Pem, Latin1.Text(result, 0, text.Length));
            Assert.AreEqual((byte)0, result[text.Length]);
        }

        [TestMethod]
        public void PemAfterACommentOrByteOrderMarkIsStillPem()
        {
            byte[] text = Latin1.Bytes("\u00EF\u00BB\u00BF# broker CA\n" + Pem);
            Assert.AreEqual(text.Length + 1, PemForMbedTls.Terminate(text).Length);
        }

        [TestMethod]
        public void AlreadyTerminatedPemIsLeftAlone()
        {
            byte[] text = Latin1.Bytes(Pem);
            byte[] terminated = PemForMbedTls.Terminate(text);
            Assert.AreSame(terminated, PemForMbedTls.Terminate(terminated));
        }

        [TestMethod]
        public void DerIsLeftAlone()
        {
            byte[] der = { 0x30, 0x82, 0x01, 0x0A, 0x02, 0x82, 0x01, 0x01, 0x00, 0xC3 };
            Assert.AreSame(der, PemForMbedTls.Terminate(der));
        }

        [TestMethod]
        [DataRow("")]
        [DataRow("-----BEGI")]
        [DataRow("not a certificate")]
        [DataRow("-----begin certificate-----")]
        public void BytesWithoutAPemMarkerAreLeftAlone(string contents)
        {
            byte[] bytes = Latin1.Bytes(contents);
            Assert.AreSame(bytes, PemForMbedTls.Terminate(bytes));
        }

        [TestMethod]
        public void NoFileStaysNoFile()
        {
            Assert.IsNull(PemForMbedTls.Terminate(null));
            Assert.IsFalse(PemForMbedTls.IsPem(null));
        }
    }
}
