using System;

namespace EspAtNano.Engine.Ports
{
    /// <summary>
    /// What sets the clock: SNTP as AT+CIPSNTPCFG drives it, or the host by hand (AT+SYSTIMESTAMP).
    /// The time is read through IClock.
    /// </summary>
    public interface ITimeSync
    {
        /// <summary>
        /// How many servers the platform's SNTP client takes (ESP-AT: 3); AT+CIPSNTPCFG refuses
        /// more rather than accept a server that would never be asked.
        /// </summary>
        int MaxServers { get; }

        /// <summary>Starts (with these servers; empty means the platform's defaults) or stops SNTP.</summary>
        void Configure(bool enabled, string[] servers);

        /// <summary>AT+SYSTIMESTAMP=: sets the clock to <paramref name="utc"/>; the next SNTP sync overrides it.</summary>
        SettingResult SetTime(DateTime utc);
    }
}
