using System;
using EspAtNano.Engine.Ports;
using nanoFramework.Networking;
using nanoFramework.Runtime.Native;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// ITimeSync on nanoFramework's SNTP client (lwIP's, which the ESP32 firmware already starts
    /// when the station gets an IP address). It takes two servers, so the engine refuses a third.
    /// Servers are set while the client is stopped, then it is started again so that they take
    /// effect at once.
    /// </summary>
    public sealed class SntpTimeSync : ITimeSync
    {
        /// <summary>nanoFramework's own defaults, restored when the host names no server.</summary>
        public const string DefaultServer1 = "0.pool.ntp.org";
        public const string DefaultServer2 = "1.pool.ntp.org";

        private readonly ILog _log;
        // The firmware hands lwIP a pointer into the managed string (sntp_setservername keeps no copy),
        // so the names stay referenced here for as long as they are in use.
        private static string _server1 = DefaultServer1;
        private static string _server2 = DefaultServer2;

        public SntpTimeSync(ILog log)
        {
            _log = log;
        }

        /// <summary>Sntp.Server1 and Sntp.Server2.</summary>
        public int MaxServers { get { return 2; } }

        public void Configure(bool enabled, string[] servers)
        {
            try
            {
                Sntp.Stop();
                if (!enabled)
                {
                    return;
                }
                int count = servers == null ? 0 : servers.Length;
                _server1 = count > 0 ? servers[0] : DefaultServer1;
                // With one server named, both slots ask it, as the host asked for that server only.
                _server2 = count > 1 ? servers[1] : (count > 0 ? servers[0] : DefaultServer2);
                Sntp.Server1 = _server1;
                Sntp.Server2 = _server2;
                Sntp.Start();
            }
            catch (Exception e)
            {
                _log.Write("sntp: configure failed: " + Failure.Describe(e));
            }
        }
    
        /// <summary>AT+SYSTIMESTAMP=: the system clock, which SNTP sets again at its next sync.</summary>
        public SettingResult SetTime(DateTime utc)
        {
            try
            {
                return Rtc.SetSystemTime(utc) ? SettingResult.Applied : SettingResult.Refused("the RTC refused the time");
            }
            catch (Exception e)
            {
                return SettingResult.Refused("setting the clock failed: " + Failure.Describe(e));
            }
        }
    }
}
