using System;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// IClock on the ESP32's system clock, which SNTP sets (the firmware starts SNTP by itself
    /// when the station gets an IP address). nanoFramework raises no event when SNTP sets the
    /// time, so "synchronised" is read off the clock: it boots at 1970 and reads 2024 or later
    /// only once something set it (SNTP, or a previous run before a soft reset).
    /// </summary>
    public sealed class SystemClock : IClock
    {
        public const int FirstPlausibleYear = 2024;

        public DateTime UtcNow
        {
            get { return DateTime.UtcNow; }
        }

        public bool IsSynchronised
        {
            get { return DateTime.UtcNow.Year >= FirstPlausibleYear; }
        }
    }
}
