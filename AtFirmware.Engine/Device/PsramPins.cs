namespace EspAtNano.Engine.Device
{
    /// <summary>
    /// On a classic ESP32 with PSRAM (WROVER modules) GPIO16 and GPIO17 belong to the PSRAM, yet
    /// they are ESP-AT's default UART1 pins. Taking them for the UART would pull them from under
    /// the PSRAM the firmware runs on, at every boot. So when PSRAM is present, the firmware is
    /// built for a classic ESP32 and the configuration names either pin, the UART moves to
    /// ESP-AT's WROVER wiring (TX 22, RX 19).
    /// </summary>
    internal static class PsramPins
    {
        public const int PsramPinA = 16;
        public const int PsramPinB = 17;
        public const int WroverTxPin = 22;
        public const int WroverRxPin = 19;

        /// <summary>
        /// nanoFramework's firmware targets built for the classic ESP32 chip (the presets of
        /// nf-interpreter's targets/ESP32/CMakePresets.json that inherit xtensa-esp32-preset, July
        /// 2026): their name is what SystemInfo.TargetName reports. Not all start with "ESP32"
        /// (ESP_WROVER_KIT, the M5 and Lilygo boards), and names like ESP32_S3_QUAD or ESP32_C3
        /// are other chips, whose PSRAM uses other pins: so the list, not a prefix.
        /// </summary>
        public static readonly string[] ClassicEsp32Targets =
        {
            "ESP32_BLE_REV0", "ESP32_BLE_REV3", "ESP32_ETHERNET_KIT_1.2", "ESP32_GenericDisplay_REV0",
            "ESP32_LILYGO", "ESP32_OLIMEX", "ESP32_OLIMEX_WROVER", "ESP32_PICO",
            "ESP32_PSRAM_BLE_GenericGraphic_REV3", "ESP32_PSRAM_REV0", "ESP32_PSRAM_REV3", "ESP32_PSRAM_REV3_IPV6",
            "ESP32_PSRAM_XTAL26_REV0", "ESP32_REV0", "ESP32_REV3", "ESP32_WESP32", "ESP32_WT32_ETH01",
            "ESP_WROVER_KIT", "LilygoTWatch2020", "LilygoTWatch2021", "M5Core", "M5Core2", "M5Stack",
            "M5StickC", "M5StickCPlus",
        };

        /// <summary>True when this configuration must move off GPIO16/17 on this firmware target.</summary>
        public static bool MustMove(DeviceConfig config, bool hasPsram, string targetName)
        {
            return hasPsram && UsesPsramPin(config) && IsClassicEsp32(targetName);
        }

        /// <summary>Moves TX/RX to the WROVER wiring; the message for the debug output.</summary>
        public static string Move(DeviceConfig config)
        {
            string message = "uart: GPIO16/GPIO17 carry this module's PSRAM; using TX " + WroverTxPin.ToString() + " and RX "
                + WroverRxPin.ToString() + " (ESP-AT's WROVER wiring) instead of the configured TX "
                + config.TxPin.ToString() + " / RX " + config.RxPin.ToString() + ": set uart.txPin/rxPin to silence this";
            config.TxPin = WroverTxPin;
            config.RxPin = WroverRxPin;
            return message;
        }

        public static bool IsClassicEsp32(string targetName)
        {
            for (int i = 0; i < ClassicEsp32Targets.Length; i++)
            {
                if (ClassicEsp32Targets[i] == targetName)
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>TX/RX only: ESP-AT's RTS/CTS pins (14/15) are the same on both module families.</summary>
        private static bool UsesPsramPin(DeviceConfig c)
        {
            return c.TxPin == PsramPinA || c.TxPin == PsramPinB || c.RxPin == PsramPinA || c.RxPin == PsramPinB;
        }
    }
}
