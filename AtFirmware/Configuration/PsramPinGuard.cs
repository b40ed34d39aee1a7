using System;
using EspAtNano.Engine.Device;
using EspAtNano.Engine.Ports;
using nanoFramework.Hardware.Esp32;
using nanoFramework.Runtime.Native;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// Reads what PsramPins decides on from the board (PSRAM size, firmware target name) and
    /// applies its answer: GPIO16/17 stay clear of a classic ESP32's PSRAM.
    /// </summary>
    internal static class PsramPinGuard
    {
        public static void Apply(DeviceConfig config, ILog log)
        {
            try
            {
                if (PsramPins.MustMove(config, HasPsram(), SystemInfo.TargetName))
                {
                    log.Write(PsramPins.Move(config));
                }
            }
            catch (Exception e)
            {
                log.Write("uart: cannot tell whether PSRAM uses GPIO16/17: " + Failure.Describe(e));
            }
        }

        private static bool HasPsram()
        {
            uint total;
            uint free;
            uint largest;
            NativeMemory.GetMemoryInfo(NativeMemory.MemoryType.SpiRam, out total, out free, out largest);
            return total > 0;
        }
    }
}
