using System;

namespace EspAtNano.Engine.Device
{
    /// <summary>Sets the system clock (the RTC that TLS certificate checks read).</summary>
    internal interface IClockSetter
    {
        /// <summary>False when the platform refused the time.</summary>
        bool SetUtc(DateTime utc);
    }
}
