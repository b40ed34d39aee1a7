using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// AT+SLEEP on the ESP32 under nanoFramework: the firmware leaves ESP-IDF's station default,
    /// modem sleep by DTIM (mode 1, also ESP-AT's power-up mode), and offers no managed call to
    /// change it (no esp_wifi_set_ps); light sleep would stop the CPU with no UART wake-up. So mode 1
    /// is honoured and every other mode refused.
    /// </summary>
    internal sealed class BoardSleep : ISleepControl
    {
        private const int ModemSleep = 1;

        public int PowerUpMode { get { return ModemSleep; } }

        public SettingResult SetMode(int mode)
        {
            return mode == ModemSleep
                ? SettingResult.Applied
                : SettingResult.Refused("nanoFramework cannot change the Wi-Fi power save mode from modem sleep");
        }
    }
}
