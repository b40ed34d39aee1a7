using System;
using EspAtNano.Engine.Ports;
using nanoFramework.Hardware.Esp32;
using nanoFramework.Runtime.Native;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// On a classic ESP32 with PSRAM (WROVER modules) GPIO16 and GPIO17 belong to the PSRAM, yet
    /// they are ESP-AT's default UART1 pins. Taking them for the UART would pull them from under
    /// the PSRAM the firmware runs on, at every boot. So when PSRAM is present, the chip is a
    /// classic ESP32 and the configuration names either pin, the UART moves to ESP-AT's WROVER
    /// wiring (TX 22, RX 19) and the debug output says so.
    /// </summary>
    public static class PsramPinGuard
    {
        public const int PsramPinA = 16;
        public const int PsramPinB = 17;
        public const int WroverTxPin = 22;
        public const int WroverRxPin = 19;

        /// <summary>Target name prefixes of the newer chips, whose PSRAM uses other pins.</summary>
        private static readonly string[] NewerChips = { "ESP32_S2", "ESP32_S3", "ESP32_C", "ESP32_H", "ESP32_P" };

        public static void Apply(DeviceConfig config, ILog log)
        {
            try
            {
                if (!UsesPsramPin(config) || !HasPsram() || !IsClassicEsp32(SystemInfo.TargetName))
                {
                    return;
                }
                log.Write("uart: GPIO16/GPIO17 carry this module's PSRAM; using TX " + WroverTxPin.ToString() + " and RX "
                    + WroverRxPin.ToString() + " (ESP-AT's WROVER wiring) instead of the configured TX "
                    + config.TxPin.ToString() + " / RX " + config.RxPin.ToString() + ": set uart.txPin/rxPin to silence this");
                config.TxPin = WroverTxPin;
                config.RxPin = WroverRxPin;
            }
            catch (Exception e)
            {
                log.Write("uart: cannot tell whether PSRAM uses GPIO16/17: " + Failure.Describe(e));
            }
        }

        /// <summary>TX/RX only: ESP-AT's RTS/CTS pins (14/15) are the same on both module families.</summary>
        private static bool UsesPsramPin(DeviceConfig c)
        {
            return c.TxPin == PsramPinA || c.TxPin == PsramPinB || c.RxPin == PsramPinA || c.RxPin == PsramPinB;
        }

        private static bool HasPsram()
        {
            uint total;
            uint free;
            uint largest;
            NativeMemory.GetMemoryInfo(NativeMemory.MemoryType.SpiRam, out total, out free, out largest);
            return total > 0;
        }

        private static bool IsClassicEsp32(string target)
        {
            if (target == null)
            {
                return false;
            }
            for (int i = 0; i < NewerChips.Length; i++)
            {
                if (target.StartsWith(NewerChips[i]))
                {
                    return false;
                }
            }
            return target.StartsWith("ESP32");
        }
    }
}
