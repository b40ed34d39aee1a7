#nullable disable
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware.Tests.Support
{
    /// <summary>
    /// A Wi-Fi station with one access point in range ("home", password "secret"), a fixed MAC,
    /// a DHCP lease while joined, one known host name and no saved AP until a join stores one. It raises the listener's events for the
    /// joins and leaves the engine asks for, as the ESP32's adapter does; settings are applied.
    /// </summary>
    public sealed class ScriptedStation : IWifiPort
    {
        public const string Ssid = "home";
        public const string Password = "secret";
        public const string Bssid = "aa:bb:cc:dd:ee:ff";
        public const int Channel = 6;
        public const int Rssi = -52;

        private static readonly StationAddresses Lease = new StationAddresses("192.168.1.50", "192.168.1.1", "255.255.255.0");

        private IWifiListener _listener;
        private WifiStationInfo _current;
        private StationAddresses _static;
        private string[] _dnsServers;
        private string _hostName = "espressif";
        private SavedAp _saved;
        private bool _autoConnect = true;

        public void SetListener(IWifiListener listener)
        {
            _listener = listener;
        }

        public JoinResult Join(byte[] ssid, byte[] password, int timeoutMs)
        {
            Leave();
            if (Latin1.Text(ssid) != Ssid)
            {
                return new JoinResult(JoinOutcome.ApNotFound, "scripted: not in range");
            }
            if (Latin1.Text(password) != Password)
            {
                return new JoinResult(JoinOutcome.WrongPassword, "scripted: wrong password");
            }
            WifiStationInfo joined = new WifiStationInfo();
            joined.Ssid = ssid;
            joined.Bssid = Bssid;
            joined.Channel = Channel;
            joined.Rssi = Rssi;
            _current = joined;
            _listener.OnWifiConnected();
            _listener.OnWifiGotIp();
            return JoinResult.Success;
        }

        public void Leave()
        {
            if (_current != null)
            {
                _current = null;
                _listener.OnWifiDisconnected();
            }
        }

        public WifiStationInfo Current { get { return _current; } }

        public SavedAp SavedAp { get { return _saved; } }

        public SettingResult SaveAp(SavedAp ap)
        {
            _saved = ap;
            return SettingResult.Applied;
        }

        public bool AutoConnect { get { return _autoConnect; } }

        public SettingResult SetAutoConnect(bool enabled)
        {
            _autoConnect = enabled;
            return SettingResult.Applied;
        }

        /// <summary>Joins at once, where the ESP32's adapter joins on a thread of its own: the events are the same.</summary>
        public void JoinSavedAp()
        {
            if (_saved != null)
            {
                Join(_saved.Ssid, _saved.Password, 0);
            }
        }

        public string MacAddress { get { return "24:0a:c4:12:34:56"; } }

        public StationAddresses Addresses
        {
            get { return _static != null ? _static : _current != null ? Lease : StationAddresses.None; }
        }

        public bool IsDhcpEnabled { get { return _static == null; } }

        public SettingResult SetDhcp(bool enabled)
        {
            if (enabled)
            {
                _static = null;
            }
            return SettingResult.Applied;
        }

        public SettingResult SetStaticAddresses(StationAddresses addresses)
        {
            _static = addresses;
            return SettingResult.Applied;
        }

        public string HostName { get { return _hostName; } }

        public SettingResult SetHostName(string name)
        {
            _hostName = name;
            return SettingResult.Applied;
        }

        public SettingResult SetCountry(WifiCountry country)
        {
            return SettingResult.Applied;
        }

        public ScanResult Scan(int timeoutMs)
        {
            AccessPoint home = new AccessPoint();
            home.Ecn = 3;
            home.Ssid = Latin1.Bytes(Ssid);
            home.Rssi = Rssi;
            home.Bssid = Bssid;
            home.Channel = Channel;
            return ScanResult.Found(new AccessPoint[] { home });
        }

        public SettingResult SetReconnect(int intervalSeconds, int repeatCount)
        {
            return SettingResult.Applied;
        }

        public string[] DnsServers
        {
            get { return _dnsServers != null ? _dnsServers : new string[] { "192.168.1.1" }; }
        }

        public SettingResult SetDnsServers(string[] servers)
        {
            _dnsServers = servers;
            return SettingResult.Applied;
        }

        public LookupResult Resolve(string name, AddressFamilyChoice family, int timeoutMs)
        {
            return name == "broker.local" && family != AddressFamilyChoice.Ipv6Only
                ? LookupResult.Found(new string[] { "192.168.1.10" })
                : LookupResult.NotFound("scripted: unknown host");
        }
    }
}
