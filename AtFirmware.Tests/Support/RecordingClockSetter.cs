#nullable disable
using System;
using EspAtNano.Engine.Device;

namespace EspAtNano.Firmware.Tests.Support
{
    /// <summary>The system clock as SNTP sets it: keeps the times set, or refuses them.</summary>
    internal sealed class RecordingClockSetter : IClockSetter
    {
        private readonly object _sync = new object();
        private DateTime _last;
        private int _count;

        /// <summary>The platform refuses every time.</summary>
        public bool Refuse { get; set; }

        public int TimesSet
        {
            get { lock (_sync) { return _count; } }
        }

        public DateTime Last
        {
            get { lock (_sync) { return _last; } }
        }

        public bool SetUtc(DateTime utc)
        {
            lock (_sync)
            {
                _last = utc;
                _count++;
            }
            return !Refuse;
        }
    }
}
