using EspAtNano.Engine.Device;
using EspAtNano.Engine.Ports;
using nanoFramework.TestFramework;

namespace EspAtNano.Firmware.Tests.Device
{
    /// <summary>
    /// What the ESP32's UART driver can run (AtFirmware.Engine/Device/UartRules.cs): RTS and CTS
    /// only together and only with their pins, a boot with settings the board can run, and the
    /// time the hardware FIFO takes to empty.
    /// </summary>
    [TestClass]
    public class UartRulesTests
    {
        private static readonly UartSettings Configured = new UartSettings(115200, 8, 1, 0, 0);

        [TestMethod]
        [DataRow(1)]
        [DataRow(2)]
        public void RtsOrCtsAloneIsRefused(int flowControl)
        {
            SettingResult result = UartRules.Check(new UartSettings(115200, 8, 1, 0, flowControl), true);
            Assert.IsFalse(result.IsApplied);
            Assert.AreEqual("the ESP32 driver switches RTS and CTS together: flow control 0 or 3 only", result.Reason);
        }

        [TestMethod]
        public void RtsCtsNeedsItsPins()
        {
            UartSettings settings = new UartSettings(115200, 8, 1, 0, 3);
            Assert.IsTrue(UartRules.Check(settings, true).IsApplied);
            SettingResult withoutPins = UartRules.Check(settings, false);
            Assert.IsFalse(withoutPins.IsApplied);
            Assert.AreEqual("no RTS/CTS pins: set uart flowControl to rtscts in nf-device-config.json", withoutPins.Reason);
        }

        [TestMethod]
        public void NoFlowControlNeedsNoPins()
        {
            Assert.IsTrue(UartRules.Check(Configured, false).IsApplied);
        }

        [TestMethod]
        public void TheBoardBootsWithStoredSettingsItCanRun()
        {
            UartSettings stored = new UartSettings(921600, 8, 1, 0, 0);
            UartSettings storedWithFlow = new UartSettings(921600, 8, 1, 0, 3);
            Assert.AreSame(stored, UartRules.PowerUp(stored, Configured, false));
            Assert.AreSame(storedWithFlow, UartRules.PowerUp(storedWithFlow, Configured, true));
        }

        [TestMethod]
        public void StoredFlowControlWithoutPinsBootsWithTheConfiguredSettings()
        {
            Assert.AreSame(Configured, UartRules.PowerUp(new UartSettings(921600, 8, 1, 0, 3), Configured, false));
        }

        [TestMethod]
        public void NoStoredSettingsBootWithTheConfiguredOnes()
        {
            Assert.AreSame(Configured, UartRules.PowerUp(null, Configured, true));
        }

        [TestMethod]
        [DataRow(115200, 12)]
        [DataRow(9600, 134)]
        [DataRow(5000000, 1)]
        [DataRow(0, 1280001)]
        public void TheFifoDrainsInItsTransmitTime(int baud, int ms)
        {
            Assert.AreEqual(ms, UartRules.FifoDrainMs(baud));
        }
    }
}
