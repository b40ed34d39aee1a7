using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>
    /// What AT+CIPSNTPCFG set, applied to the time-sync port; the time zone also shifts
    /// AT+CIPSNTPTIME. Without a port nothing can set it, and the time zone stays 0.
    /// </summary>
    internal sealed class SntpConfig
    {
        internal const int MinTimezone = -12;
        internal const int MaxTimezone = 14;
        /// <summary>ESP-AT's limit; a platform may take fewer.</summary>
        internal const int MaxServersOfFirmware = 3;

        /// <summary>ESP-AT's SNTP interval: an hour.</summary>
        internal const int DefaultIntervalSeconds = 3600;

        private static readonly string[] NoServers = new string[0];

        private readonly ITimeSync _timeSync;
        private readonly ISntpInterval _interval;
        private readonly ILog _log;
        private int _intervalSeconds = DefaultIntervalSeconds;
        private bool _enabled;
        private int _timezone;
        private string[] _servers = NoServers;

        internal SntpConfig(ITimeSync timeSync, ISntpInterval interval, ILog log)
        {
            _timeSync = timeSync;
            _interval = interval;
            _log = log;
        }

        /// <summary>AT+CIPSNTPINTV: seconds between synchronisations.</summary>
        internal int IntervalSeconds { get { return _intervalSeconds; } }

        /// <summary>Applies the interval, then remembers it; false (and logged) when the platform cannot.</summary>
        internal bool SetInterval(int seconds)
        {
            SettingResult result = _interval != null
                ? _interval.SetSyncInterval(seconds)
                : seconds == DefaultIntervalSeconds
                    ? SettingResult.Applied
                    : SettingResult.Refused("the platform's SNTP client keeps its own interval of 3600 s");
            if (!result.IsApplied)
            {
                _log.Write("sntp: cannot set the interval: " + result.Reason);
                return false;
            }
            _intervalSeconds = seconds;
            return true;
        }

        /// <summary>How many servers AT+CIPSNTPCFG may name on this platform.</summary>
        internal int MaxServers
        {
            get { return _timeSync.MaxServers < MaxServersOfFirmware ? _timeSync.MaxServers : MaxServersOfFirmware; }
        }

        /// <summary>Whether the platform can synchronise, so AT+CIPSNTPCFG is offered.</summary>
        internal bool IsConfigurable { get { return _timeSync != null; } }

        internal bool Enabled { get { return _enabled; } }

        /// <summary>Hours from UTC.</summary>
        internal int Timezone { get { return _timezone; } }

        /// <summary>As given; empty means the platform's default servers.</summary>
        internal string[] Servers { get { return _servers; } }

        /// <summary>Starts or stops SNTP, then remembers the setting (a failing port leaves the old one).</summary>
        internal void Apply(bool enabled, int timezone, string[] servers)
        {
            _timeSync.Configure(enabled, servers);
            _enabled = enabled;
            _timezone = timezone;
            _servers = servers;
        }

        /// <summary>AT+RST: firmware boots with SNTP off, time zone 0 and the hourly interval.</summary>
        internal void RestoreDefaults()
        {
            if (_enabled)
            {
                _timeSync.Configure(false, NoServers);
            }
            _enabled = false;
            _timezone = 0;
            _servers = NoServers;
            if (_intervalSeconds != DefaultIntervalSeconds)
            {
                SetInterval(DefaultIntervalSeconds);
            }
        }
    }
}
