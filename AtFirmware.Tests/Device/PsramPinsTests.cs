using EspAtNano.Engine.Device;
using nanoFramework.TestFramework;

namespace EspAtNano.Firmware.Tests.Device
{
    /// <summary>
    /// GPIO16/17 on classic-ESP32 modules with PSRAM (AtFirmware.Engine/Device/PsramPins.cs): the UART
    /// moves to ESP-AT's WROVER wiring only there, whatever the firmware target is called.
    /// </summary>
    [TestClass]
    public class PsramPinsTests
    {
        private static DeviceConfig Config(int tx, int rx)
        {
            DeviceConfig config = new DeviceConfig();
            config.TxPin = tx;
            config.RxPin = rx;
            return config;
        }

        [TestMethod]
        [DataRow("ESP32_PSRAM_REV3")]
        [DataRow("ESP32_REV0")]
        [DataRow("ESP_WROVER_KIT")]
        [DataRow("M5Core2")]
        [DataRow("M5Stack")]
        [DataRow("LilygoTWatch2020")]
        [DataRow("LilygoTWatch2021")]
        [DataRow("ESP32_OLIMEX_WROVER")]
        public void AClassicEsp32TargetWithPsramMovesOffGpio16And17(string target)
        {
            DeviceConfig config = Config(17, 16);
            Assert.IsTrue(PsramPins.MustMove(config, true, target), target);
            string message = PsramPins.Move(config);
            Assert.AreEqual(22, config.TxPin);
            Assert.AreEqual(19, config.RxPin);
            Assert.AreEqual("uart: GPIO16/GPIO17 carry this module's PSRAM; using TX 22 and RX 19 (ESP-AT's WROVER wiring) instead of the"
                + " configured TX 17 / RX 16: set uart.txPin/rxPin to silence this", message);
        }

        [TestMethod]
        [DataRow("ESP32_S3_QUAD")]
        [DataRow("ESP32_S3_OCTAL")]
        [DataRow("ESP32_S2")]
        [DataRow("ESP32_C3")]
        [DataRow("ESP32_C6_THREAD")]
        [DataRow("ESP32_H2_THREAD")]
        [DataRow("ESP32_P4")]
        [DataRow("AtomS3")]
        [DataRow("")]
        public void OtherChipsKeepTheirPins(string target)
        {
            Assert.IsFalse(PsramPins.MustMove(Config(17, 16), true, target), target);
        }

        [TestMethod]
        public void AFirmwareWithoutATargetNameKeepsThePins()
        {
            Assert.IsFalse(PsramPins.MustMove(Config(17, 16), true, null));
        }

        [TestMethod]
        public void WithoutPsramThePinsStay()
        {
            Assert.IsFalse(PsramPins.MustMove(Config(17, 16), false, "ESP32_REV3"));
        }

        [TestMethod]
        [DataRow(17, 4, true)]
        [DataRow(4, 16, true)]
        [DataRow(16, 5, true)]
        [DataRow(5, 17, true)]
        [DataRow(22, 19, false)]
        public void OnlyTxOrRxOnGpio16Or17Moves(int tx, int rx, bool moves)
        {
            Assert.AreEqual(moves, PsramPins.MustMove(Config(tx, rx), true, "ESP32_PSRAM_REV3"));
        }

        /// <summary>The list is nf-interpreter's: every classic-ESP32 preset of targets/ESP32/CMakePresets.json (July 2026).</summary>
        [TestMethod]
        public void TheListHoldsEveryClassicEsp32TargetOnce()
        {
            string[] targets = PsramPins.ClassicEsp32Targets;
            Assert.AreEqual(25, targets.Length);
            for (int i = 0; i < targets.Length; i++)
            {
                for (int j = i + 1; j < targets.Length; j++)
                {
                    Assert.AreNotEqual(targets[i], targets[j], "listed twice");
                }
            }
        }
    }
}
