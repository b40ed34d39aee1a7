using System;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// A point in time for bounded waits, on the monotonic tick count (Environment.TickCount64,
    /// from nanoFramework.Runtime.Native): DateTime.UtcNow jumps when SNTP sets the clock.
    /// </summary>
    internal sealed class Deadline
    {
        private readonly long _at;

        public Deadline(int timeoutMs)
        {
            _at = Environment.TickCount64 + (timeoutMs < 0 ? 0 : timeoutMs);
        }

        /// <summary>Milliseconds left, 0 once passed.</summary>
        public int RemainingMs
        {
            get
            {
                long left = _at - Environment.TickCount64;
                return left <= 0 ? 0 : (int)left;
            }
        }

        public bool Passed
        {
            get { return RemainingMs == 0; }
        }
    }
}
