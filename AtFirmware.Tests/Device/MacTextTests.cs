using EspAtNano.Engine.Device;
using nanoFramework.TestFramework;

namespace EspAtNano.Firmware.Tests.Device
{
    /// <summary>MAC addresses as ESP-AT prints them (AtFirmware.Engine/Device/MacText.cs): lower-case hex, colons.</summary>
    [TestClass]
    public class MacTextTests
    {
        [TestMethod]
        public void InterfaceBytesReadAsEspAtDoes()
        {
            Assert.AreEqual("24:0a:c4:0f:a0:ff", MacText.FromBytes(new byte[] { 0x24, 0x0A, 0xC4, 0x0F, 0xA0, 0xFF }));
        }

        [TestMethod]
        public void AScanReportsDashedBssidReadsAsEspAtDoes()
        {
            Assert.AreEqual("24:0a:c4:0f:a0:ff", MacText.FromDashed("24-0A-C4-0F-A0-FF"));
        }

        [TestMethod]
        public void NoAddressIsEmpty()
        {
            Assert.AreEqual("", MacText.FromBytes(null));
            Assert.AreEqual("", MacText.FromBytes(new byte[0]));
            Assert.AreEqual("", MacText.FromDashed(null));
        }
    }
}
