using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>
    /// The Wi-Fi settings the engine remembers for the host, with ESP-AT's defaults and what AT+RST does to each:
    /// AT+CWCOUNTRY and AT+CWHOSTNAME are "not saved in the flash", so a restart gives back the defaults (and tells
    /// the platform); AT+CWAUTOCONN and the saved AP live in the platform, which stores them; the soft-AP DHCP bit of AT+CWDHCP is saved like any
    /// SYSSTORE=1 setting, so both survive it. Station DHCP and static addresses live in the platform and survive too.
    /// </summary>
    internal sealed class WifiSettings
    {
        /// <summary>ESP-IDF's default station host name, which ESP-AT keeps.</summary>
        internal const string DefaultHostName = "espressif";

        /// <summary>ESP-AT's factory parameters for ESP32 modules: manual policy, "CN", channels 1–13.</summary>
        internal static readonly WifiCountry DefaultCountry = new WifiCountry(1, "CN", 1, 13);

        private readonly IWifiPort _port;
        private readonly ILog _log;
        private WifiCountry _country = DefaultCountry;

        internal WifiSettings(IWifiPort port, ILog log)
        {
            _port = port;
            _log = log;
            SoftApDhcp = true;
        }

        /// <summary>AT+CIPDNS's &lt;enable&gt;: the host set the DNS servers (the platform keeps them, like the static address).</summary>
        internal bool ManualDns;

        /// <summary>Bit 1 of AT+CWDHCP: remembered and reported; the module has no soft-AP for it to act on.</summary>
        internal bool SoftApDhcp;

        internal WifiCountry Country { get { return _country; } }

        /// <summary>AT+CWRECONNCFG (firmware: 0,0, no reconnect); saved like any SYSSTORE=1 setting, so AT+RST keeps it.</summary>
        internal int ReconnectIntervalSeconds;
        internal int ReconnectRepeatCount;

        /// <summary>Applies the reconnect policy, then remembers it; false (and logged) when the platform refused.</summary>
        internal bool SetReconnect(int intervalSeconds, int repeatCount)
        {
            if (!Applied(_port.SetReconnect(intervalSeconds, repeatCount), "reconnect policy"))
            {
                return false;
            }
            ReconnectIntervalSeconds = intervalSeconds;
            ReconnectRepeatCount = repeatCount;
            return true;
        }

        internal IWifiPort Port { get { return _port; } }

        /// <summary>Applies the country to the radio, then remembers it; false (and logged) when the platform refused.</summary>
        internal bool SetCountry(WifiCountry country)
        {
            if (!Applied(_port.SetCountry(country), "country"))
            {
                return false;
            }
            _country = country;
            return true;
        }

        /// <summary>The platform's answer to a setting: true when applied, otherwise the reason goes to the log.</summary>
        internal bool Applied(SettingResult result, string what)
        {
            if (!result.IsApplied)
            {
                _log.Write("wifi: cannot set the " + what + ": " + result.Reason);
            }
            return result.IsApplied;
        }

        /// <summary>AT+RST: the unsaved settings go back to their defaults, on the platform too where it changed them.</summary>
        internal void RestoreDefaults()
        {
            if (_country != DefaultCountry)
            {
                SetCountry(DefaultCountry);
                _country = DefaultCountry;
            }
            string name = _port.HostName;
            if (name != null && name != DefaultHostName)
            {
                Applied(_port.SetHostName(DefaultHostName), "host name");
            }
        }
    }
}
