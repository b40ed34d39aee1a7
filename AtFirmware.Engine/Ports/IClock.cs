using System;

namespace EspAtNano.Engine.Ports
{
    /// <summary>Wall-clock time, which TLS certificate checks and AT+CIPSNTPTIME depend on.</summary>
    public interface IClock
    {
        DateTime UtcNow { get; }

        /// <summary>False until the clock has been set (SNTP on the device); verifying TLS needs it.</summary>
        bool IsSynchronised { get; }
    }
}
