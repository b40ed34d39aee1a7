using System;
using EspAtNano.Engine.Device;
using EspAtNano.Engine.Ports;
using nanoFramework.Runtime.Native;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// ITimeSync and ISntpInterval on the managed SntpClient (UDP via System.Net), which sets the
    /// system clock that TLS checks read; and IClock for the engine, which counts as synchronised
    /// only once that client (or the host, AT+SYSTIMESTAMP=) set it. nanoFramework's native Sntp
    /// class is not used: its server setters keep pointers into moved managed strings, and the
    /// firmware's own lwIP client starts at the first IP with its built-in servers, whatever
    /// AT+CIPSNTPCFG said (README.md, The ESP32 firmware). That native client may still set the
    /// system clock from its literal default servers; the engine's "synchronised" stays this
    /// client's.
    /// </summary>
    internal sealed class SntpTimeSync : ITimeSync, ISntpInterval, IClock, IClockSetter
    {
        private readonly ILog _log;
        private readonly SntpClient _client;
        private readonly SntpSchedule _schedule;
        private bool _setByHost;

        public SntpTimeSync(ILog log)
        {
            _log = log;
            _client = new SntpClient(new UdpSntpTransport(), this, new MonotonicTicks(), log);
            _schedule = new SntpSchedule(_client);
        }

        public int MaxServers
        {
            get { return SntpClient.MaxServers; }
        }

        public DateTime UtcNow
        {
            get { return DateTime.UtcNow; }
        }

        public bool IsSynchronised
        {
            get { return _setByHost || _client.IsSynchronised; }
        }

        public void Configure(bool enabled, string[] servers)
        {
            _client.Configure(enabled, servers);
            _schedule.Kick();
        }

        public SettingResult SetSyncInterval(int seconds)
        {
            _schedule.SetInterval(seconds);
            return SettingResult.Applied;
        }

        /// <summary>AT+SYSTIMESTAMP=: the system clock, which SNTP sets again at its next sync.</summary>
        public SettingResult SetTime(DateTime utc)
        {
            try
            {
                if (!Rtc.SetSystemTime(utc))
                {
                    return SettingResult.Refused("the RTC refused the time");
                }
                _setByHost = true;
                return SettingResult.Applied;
            }
            catch (Exception e)
            {
                return SettingResult.Refused("setting the clock failed: " + Failure.Describe(e));
            }
        }

        /// <summary>From the SNTP client's thread.</summary>
        public bool SetUtc(DateTime utc)
        {
            try
            {
                return Rtc.SetSystemTime(utc);
            }
            catch (Exception e)
            {
                _log.Write("sntp: setting the clock failed: " + Failure.Describe(e));
                return false;
            }
        }
    }
}
