using System;
using System.Device.Wifi;
using System.Net.NetworkInformation;
using System.Threading;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// IWifiPort on System.Device.Wifi. Join calls WifiAdapter.Connect directly (not the
    /// WifiNetworkHelper, which ignores the connect result and waits forever by default): the
    /// result gives the +CWJAP reason, and the whole join, association and DHCP, is bounded by
    /// the caller's timeout. Station events come from NetworkChange: availability is the
    /// association (WIFI CONNECTED / WIFI DISCONNECT), an address change with an IPv4 address
    /// is WIFI GOT IP; the engine decides what the host is told. The interface settings map onto
    /// System.Net's NetworkInterface (MAC, addresses, EnableDhcp / EnableStaticIPv4, which nanoFramework stores,
    /// like ESP-AT with SYSSTORE=1); nanoFramework has no API for the host name or the Wi-Fi country, so those
    /// are refused (docs/commands/wifi-and-time.md). The saved AP and AT+CWAUTOCONN are the firmware's stored
    /// Wireless80211Configuration (its SSID, password and AutoConnect option), which the nanoFramework firmware
    /// itself joins at boot when AutoConnect is set.
    /// </summary>
    public sealed class WifiStationPort : IWifiPort
    {
        private const int AddressPollMs = 200;
        private const int MaxDnsServers = 2;

        /// <summary>The engine's station info has no source for these on nanoFramework (no API for the joined AP's BSSID, channel or RSSI).</summary>
        private const string UnknownBssid = "00:00:00:00:00:00";

        private const string HexDigits = "0123456789abcdef";

        /// <summary>ESP-AT's default jap_timeout, for a join of the saved AP that the engine asks for.</summary>
        private const int SavedApJoinTimeoutMs = 15000;

        /// <summary>The AutoConnect bit alone: the option's value also carries Enable, which must stay set.</summary>
        private const byte AutoConnectBit = 0x04;

        private readonly object _sync = new object();
        private readonly ILog _log;
        private IWifiListener _listener;
        private WifiAdapter _adapter;
        private bool _associated;
        private byte[] _ssid;
        private bool _poweredUp;

        public WifiStationPort(ILog log)
        {
            _log = log;
            // The firmware may already have joined from a stored configuration before this ran.
            _associated = HasAddress(FindStation());
            NetworkChange.NetworkAvailabilityChanged += OnAvailabilityChanged;
            NetworkChange.NetworkAddressChanged += OnAddressChanged;
        }

        public void SetListener(IWifiListener listener)
        {
            _listener = listener;
        }

        public JoinResult Join(byte[] ssid, byte[] password, int timeoutMs)
        {
            try
            {
                WifiAdapter adapter = Adapter();
                if (adapter == null)
                {
                    return new JoinResult(JoinOutcome.Failed, "this firmware has no Wi-Fi adapter");
                }
                Deadline deadline = new Deadline(timeoutMs);
                JoinCall call = new JoinCall(adapter, Utf8.Decode(ssid), Utf8.Decode(password));
                int status = call.Run(deadline.RemainingMs);
                if (status != (int)WifiConnectionStatus.Success)
                {
                    return ToJoinResult(status, call.Error);
                }
                // Success means associated; the host is told OK only with an address.
                while (!HasAddress(FindStation()))
                {
                    if (deadline.Passed)
                    {
                        return new JoinResult(JoinOutcome.Timeout, "associated, but no IP address within " + timeoutMs.ToString() + " ms");
                    }
                    Thread.Sleep(AddressPollMs);
                }
                lock (_sync)
                {
                    _associated = true;
                    _ssid = ssid;
                }
                return JoinResult.Success;
            }
            catch (Exception e)
            {
                return new JoinResult(JoinOutcome.Failed, Failure.Describe(e));
            }
        }

        public void Leave()
        {
            try
            {
                lock (_sync)
                {
                    _associated = false;
                    _ssid = null;
                }
                WifiAdapter adapter = Adapter();
                if (adapter != null)
                {
                    adapter.Disconnect();
                }
            }
            catch (Exception e)
            {
                _log.Write("wifi: leave failed: " + Failure.Describe(e));
            }
        }

        public SavedAp SavedAp
        {
            get
            {
                try
                {
                    Wireless80211Configuration config = StoredConfiguration();
                    if (config == null || config.Ssid == null || config.Ssid.Length == 0)
                    {
                        return null;
                    }
                    return new SavedAp(Utf8.Encode(config.Ssid), Utf8.Encode(config.Password != null ? config.Password : ""));
                }
                catch (Exception e)
                {
                    _log.Write("wifi: reading the saved AP failed: " + Failure.Describe(e));
                    return null;
                }
            }
        }

        public SettingResult SaveAp(SavedAp ap)
        {
            try
            {
                Wireless80211Configuration config = StoredConfiguration();
                if (config == null)
                {
                    return SettingResult.Refused("this firmware has no stored Wi-Fi configuration");
                }
                // An empty SSID is how the firmware's boot join knows there is nothing to join.
                config.Ssid = ap != null ? Utf8.Decode(ap.Ssid) : "";
                config.Password = ap != null ? Utf8.Decode(ap.Password) : "";
                config.SaveConfiguration();
                return SettingResult.Applied;
            }
            catch (Exception e)
            {
                return SettingResult.Refused(Failure.Describe(e));
            }
        }

        public bool AutoConnect
        {
            get
            {
                try
                {
                    Wireless80211Configuration config = StoredConfiguration();
                    return config != null && ((byte)config.Options & AutoConnectBit) != 0;
                }
                catch (Exception e)
                {
                    _log.Write("wifi: reading auto-connect failed: " + Failure.Describe(e));
                    return false;
                }
            }
        }

        public SettingResult SetAutoConnect(bool enabled)
        {
            try
            {
                Wireless80211Configuration config = StoredConfiguration();
                if (config == null)
                {
                    return SettingResult.Refused("this firmware has no stored Wi-Fi configuration");
                }
                config.Options = enabled
                    ? config.Options | Wireless80211Configuration.ConfigurationOptions.AutoConnect
                    : (Wireless80211Configuration.ConfigurationOptions)(((byte)config.Options & ~AutoConnectBit)
                        | (byte)Wireless80211Configuration.ConfigurationOptions.Enable);
                config.SaveConfiguration();
                return SettingResult.Applied;
            }
            catch (Exception e)
            {
                return SettingResult.Refused(Failure.Describe(e));
            }
        }

        /// <summary>
        /// At boot (the engine's first call) the firmware has already started joining the stored configuration itself
        /// when its AutoConnect option is set, and NetworkChange reports it: a second connect would only restart the
        /// association. Otherwise the join runs on a thread of its own, reported the same way.
        /// </summary>
        public void JoinSavedAp()
        {
            bool atBoot = !_poweredUp;
            _poweredUp = true;
            SavedAp saved = SavedAp;
            if (saved == null || (atBoot && AutoConnect))
            {
                return;
            }
            new Thread(() =>
            {
                JoinResult result = Join(saved.Ssid, saved.Password, SavedApJoinTimeoutMs);
                if (!result.IsJoined)
                {
                    _log.Write("wifi: joining the saved AP failed: " + result.Detail);
                }
            }).Start();
        }

        public WifiStationInfo Current
        {
            get
            {
                try
                {
                    byte[] ssid;
                    lock (_sync)
                    {
                        if (!_associated)
                        {
                            return null;
                        }
                        ssid = _ssid;
                    }
                    if (!HasAddress(FindStation()))
                    {
                        return null;
                    }
                    WifiStationInfo info = new WifiStationInfo();
                    info.Ssid = ssid != null ? ssid : StoredSsid();
                    info.Bssid = UnknownBssid;
                    info.Channel = 0;
                    info.Rssi = 0;
                    return info;
                }
                catch (Exception e)
                {
                    _log.Write("wifi: station info failed: " + Failure.Describe(e));
                    return null;
                }
            }
        }

        public string MacAddress
        {
            get
            {
                try
                {
                    NetworkInterface station = FindStation();
                    return station != null && station.PhysicalAddress != null ? FormatMac(station.PhysicalAddress) : UnknownBssid;
                }
                catch (Exception e)
                {
                    _log.Write("wifi: MAC address failed: " + Failure.Describe(e));
                    return UnknownBssid;
                }
            }
        }

        public StationAddresses Addresses
        {
            get
            {
                try
                {
                    NetworkInterface station = FindStation();
                    if (station == null)
                    {
                        return StationAddresses.None;
                    }
                    return new StationAddresses(OrUnset(station.IPv4Address), OrUnset(station.IPv4GatewayAddress),
                        OrUnset(station.IPv4SubnetMask));
                }
                catch (Exception e)
                {
                    _log.Write("wifi: addresses failed: " + Failure.Describe(e));
                    return StationAddresses.None;
                }
            }
        }

        public bool IsDhcpEnabled
        {
            get
            {
                try
                {
                    NetworkInterface station = FindStation();
                    return station != null && station.IsDhcpEnabled;
                }
                catch (Exception e)
                {
                    _log.Write("wifi: DHCP state failed: " + Failure.Describe(e));
                    return false;
                }
            }
        }

        public SettingResult SetDhcp(bool enabled)
        {
            try
            {
                NetworkInterface station = FindStation();
                if (station == null)
                {
                    return SettingResult.Refused("this firmware has no Wi-Fi station interface");
                }
                if (enabled)
                {
                    station.EnableDhcp();
                }
                else
                {
                    // As lwIP does when its DHCP client stops: the address the station has stays, now static.
                    station.EnableStaticIPv4(OrUnset(station.IPv4Address), OrUnset(station.IPv4SubnetMask),
                        OrUnset(station.IPv4GatewayAddress));
                }
                return SettingResult.Applied;
            }
            catch (Exception e)
            {
                return SettingResult.Refused(Failure.Describe(e));
            }
        }

        public SettingResult SetStaticAddresses(StationAddresses addresses)
        {
            try
            {
                NetworkInterface station = FindStation();
                if (station == null)
                {
                    return SettingResult.Refused("this firmware has no Wi-Fi station interface");
                }
                station.EnableStaticIPv4(addresses.Ip, addresses.Netmask, addresses.Gateway);
                return SettingResult.Applied;
            }
            catch (Exception e)
            {
                return SettingResult.Refused(Failure.Describe(e));
            }
        }

        /// <summary>nanoFramework's NetworkInterface has no host name.</summary>
        public string HostName
        {
            get { return null; }
        }

        public SettingResult SetHostName(string name)
        {
            return SettingResult.Refused("nanoFramework has no API for the station's host name");
        }

        public SettingResult SetCountry(WifiCountry country)
        {
            return SettingResult.Refused("nanoFramework has no API for the Wi-Fi country");
        }

        /// <summary>
        /// WifiAdapter.Connect's WifiReconnectionKind.Automatic leaves reconnecting to the firmware's stored
        /// configuration, with no interval or count to set.
        /// </summary>
        public SettingResult SetReconnect(int intervalSeconds, int repeatCount)
        {
            return SettingResult.Refused("nanoFramework has no API for the reconnect interval or count");
        }

        public string[] DnsServers
        {
            get
            {
                try
                {
                    NetworkInterface station = FindStation();
                    return station != null ? station.IPv4DnsAddresses : new string[0];
                }
                catch (Exception e)
                {
                    _log.Write("wifi: reading the DNS servers failed: " + Failure.Describe(e));
                    return new string[0];
                }
            }
        }

        /// <summary>nanoFramework's interface holds two IPv4 DNS servers; a third is refused, not dropped.</summary>
        public SettingResult SetDnsServers(string[] servers)
        {
            try
            {
                NetworkInterface station = FindStation();
                if (station == null)
                {
                    return SettingResult.Refused("this firmware has no Wi-Fi station interface");
                }
                if (servers == null)
                {
                    // Obsolete in System.Net, but still the only call that gives DNS back to DHCP.
#pragma warning disable CS0618
                    station.EnableAutomaticDns();
#pragma warning restore CS0618
                    return SettingResult.Applied;
                }
                if (servers.Length > MaxDnsServers)
                {
                    return SettingResult.Refused("nanoFramework keeps at most two DNS servers");
                }
                station.EnableStaticIPv4Dns(servers);
                return SettingResult.Applied;
            }
            catch (Exception e)
            {
                return SettingResult.Refused(Failure.Describe(e));
            }
        }

        public LookupResult Resolve(string name, AddressFamilyChoice family, int timeoutMs)
        {
            return new DnsLookup(name).Run(family, timeoutMs);
        }

        public ScanResult Scan(int timeoutMs)
        {
            try
            {
                WifiAdapter adapter = Adapter();
                if (adapter == null)
                {
                    return ScanResult.Failed("this firmware has no Wi-Fi adapter");
                }
                return new WifiScan(adapter).Run(timeoutMs);
            }
            catch (Exception e)
            {
                return ScanResult.Failed(Failure.Describe(e));
            }
        }

        /// <summary>The +CWJAP reason for WifiAdapter.Connect's status (or JoinCall.TimedOut); <paramref name="error"/> is what Connect threw, if it did.</summary>
        private static JoinResult ToJoinResult(int status, string error)
        {
            if (status == JoinCall.TimedOut)
            {
                return new JoinResult(JoinOutcome.Timeout, "WifiAdapter.Connect did not return in time");
            }
            if (status == (int)WifiConnectionStatus.Timeout)
            {
                return new JoinResult(JoinOutcome.Timeout, "the association timed out");
            }
            if (status == (int)WifiConnectionStatus.InvalidCredential)
            {
                return new JoinResult(JoinOutcome.WrongPassword, "the AP refused the password");
            }
            if (status == (int)WifiConnectionStatus.NetworkNotAvailable)
            {
                return new JoinResult(JoinOutcome.ApNotFound, "no AP with this SSID");
            }
            if (error != null)
            {
                return new JoinResult(JoinOutcome.Failed, error);
            }
            // Enum.ToString() gives only the number on nanoFramework.
            return new JoinResult(JoinOutcome.Failed, "WifiConnectionStatus " + status.ToString());
        }

        /// <summary>The one adapter, kept: FindAllAdapters builds new native-backed objects on every call.</summary>
        private WifiAdapter Adapter()
        {
            lock (_sync)
            {
                if (_adapter == null)
                {
                    WifiAdapter[] adapters = WifiAdapter.FindAllAdapters();
                    if (adapters == null || adapters.Length == 0)
                    {
                        _log.Write("wifi: this firmware has no Wi-Fi adapter");
                        return null;
                    }
                    _adapter = adapters[0];
                }
                return _adapter;
            }
        }

        private void OnAvailabilityChanged(object sender, NetworkAvailabilityEventArgs e)
        {
            try
            {
                lock (_sync)
                {
                    _associated = e.IsAvailable;
                }
                IWifiListener listener = _listener;
                if (listener == null)
                {
                    return;
                }
                if (e.IsAvailable)
                {
                    listener.OnWifiConnected();
                }
                else
                {
                    listener.OnWifiDisconnected();
                }
            }
            catch (Exception ex)
            {
                _log.Write("wifi: availability event: " + Failure.Describe(ex));
            }
        }

        private void OnAddressChanged(object sender, EventArgs e)
        {
            try
            {
                IWifiListener listener = _listener;
                if (listener != null && HasAddress(FindStation()))
                {
                    listener.OnWifiGotIp();
                }
            }
            catch (Exception ex)
            {
                _log.Write("wifi: address event: " + Failure.Describe(ex));
            }
        }

        private static NetworkInterface FindStation()
        {
            NetworkInterface[] all = NetworkInterface.GetAllNetworkInterfaces();
            for (int i = 0; i < all.Length; i++)
            {
                if (all[i].NetworkInterfaceType == NetworkInterfaceType.Wireless80211)
                {
                    return all[i];
                }
            }
            return null;
        }

        /// <summary>"No address" reads as 0.0.0.0 on nanoFramework.</summary>
        private static bool HasAddress(NetworkInterface station)
        {
            if (station == null)
            {
                return false;
            }
            string address = station.IPv4Address;
            return address != null && address.Length > 0 && address[0] != '0';
        }

        /// <summary>"aa:bb:cc:dd:ee:ff", built by hand: number formats differ between nanoFramework versions.</summary>
        private static string FormatMac(byte[] mac)
        {
            char[] text = new char[mac.Length * 3 - 1];
            for (int i = 0; i < mac.Length; i++)
            {
                if (i > 0)
                {
                    text[i * 3 - 1] = ':';
                }
                text[i * 3] = HexDigits[mac[i] >> 4];
                text[i * 3 + 1] = HexDigits[mac[i] & 0xf];
            }
            return new string(text);
        }

        private static string OrUnset(string address)
        {
            return address != null && address.Length > 0 ? address : StationAddresses.Unset;
        }

        /// <summary>The firmware's stored Wi-Fi configuration (the first; ESP32 firmware has one), or null.</summary>
        private static Wireless80211Configuration StoredConfiguration()
        {
            Wireless80211Configuration[] configs = Wireless80211Configuration.GetAllWireless80211Configurations();
            return configs != null && configs.Length > 0 ? configs[0] : null;
        }

        /// <summary>The SSID the firmware joined on its own at boot (from its stored Wi-Fi configuration).</summary>
        private static byte[] StoredSsid()
        {
            Wireless80211Configuration[] configs = Wireless80211Configuration.GetAllWireless80211Configurations();
            if (configs != null && configs.Length > 0 && configs[0].Ssid != null)
            {
                return Utf8.Encode(configs[0].Ssid);
            }
            return new byte[0];
        }

        /// <summary>
        /// WifiAdapter.Connect on its own thread: the native call waits up to 20 s whatever the
        /// host asked, so the caller waits only for its own timeout. A call that outlives it
        /// finishes in the background; the adapter serialises connects itself.
        /// </summary>
        private sealed class JoinCall
        {
            public const int TimedOut = -1;

            private readonly WifiAdapter _adapter;
            private readonly string _ssid;
            private readonly string _password;
            private readonly ManualResetEvent _done = new ManualResetEvent(false);
            private int _status = (int)WifiConnectionStatus.UnspecifiedFailure;
            private string _error;

            public JoinCall(WifiAdapter adapter, string ssid, string password)
            {
                _adapter = adapter;
                _ssid = ssid;
                _password = password;
            }

            /// <summary>What Connect threw, or null; read after Run returned a status.</summary>
            public string Error
            {
                get { return _error; }
            }

            /// <summary>The WifiConnectionStatus as an int, or TimedOut.</summary>
            public int Run(int timeoutMs)
            {
                new Thread(Connect).Start();
                if (!_done.WaitOne(timeoutMs, false))
                {
                    return TimedOut;
                }
                return _status;
            }

            private void Connect()
            {
                try
                {
                    // Automatic is ESP-AT's behaviour (re-join after the AP drops). The ESP32 firmware's connect
                    // code derives its auto-connect option from the stored Wi-Fi configuration rather than from
                    // this value, so whether it re-joins is up to that configuration (see README.md, The ESP32 firmware).
                    WifiConnectionResult result = _adapter.Connect(_ssid, WifiReconnectionKind.Automatic, _password);
                    _status = (int)result.ConnectionStatus;
                }
                catch (Exception e)
                {
                    _error = Failure.Describe(e);
                }
                _done.Set();
            }
        }
    }
}
