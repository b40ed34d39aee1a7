using System;
using System.Device.Wifi;
using System.Net.NetworkInformation;
using System.Threading;
using EspAtNano.Engine.Device;
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
    internal sealed class WifiStationPort : IWifiPort
    {
        private const int AddressPollMs = 200;
        private const int MaxDnsServers = 2;

        /// <summary>The engine's station info has no source for these on nanoFramework (no API for the joined AP's BSSID, channel or RSSI).</summary>
        private const string UnknownBssid = "00:00:00:00:00:00";

        /// <summary>ESP-AT's default jap_timeout, for a join of the saved AP that the engine asks for.</summary>
        private const int SavedApJoinTimeoutMs = 15000;

        /// <summary>The AutoConnect bit alone: the option's value also carries Enable, which must stay set.</summary>
        private const byte AutoConnectBit = 0x04;

        private readonly object _sync = new object();
        private readonly ILog _log;
        private IWifiListener _listener;
        private WifiAdapter _adapter;
        // The last join started, by the engine's command thread or JoinSavedAp's thread: read and set under _sync.
        private JoinCall _previousJoin;
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

        /// <summary>
        /// One join, bounded by the caller's timeout. The native connect keeps re-joining after
        /// every disconnect until Disconnect is called (nf-interpreter NF_ESP32_Wireless.cpp:
        /// NF_ESP32_Wireless_Start_Connect sets NF_ESP32_IsToConnect, the STA_DISCONNECTED handler
        /// reconnects while it is set), so every failed or timed-out join ends with Disconnect: a
        /// wrong password does not retry forever, and a join the host was told failed cannot
        /// connect later. That Disconnect also ends the native 20 s wait of a call that outlived
        /// its caller, so the next join is not held up behind WifiAdapter's lock.
        /// </summary>
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
                JoinCall previous;
                lock (_sync)
                {
                    _associated = false;
                    _ssid = null;
                    previous = _previousJoin;
                }
                if (previous != null && !previous.Finished.WaitOne(0, false))
                {
                    // Still inside WifiAdapter.Connect (and its lock): end its native wait first.
                    adapter.Disconnect();
                    if (!previous.Finished.WaitOne(deadline.RemainingMs, false))
                    {
                        return new JoinResult(JoinOutcome.Timeout, "the previous join did not end in time");
                    }
                }
                JoinCall join = new JoinCall(adapter, Utf8.Decode(ssid), Utf8.Decode(password));
                lock (_sync)
                {
                    _previousJoin = join;
                }
                BoundedCall call = new BoundedCall(join);
                JoinResult failed = null;
                if (!call.Run(deadline.RemainingMs))
                {
                    failed = new JoinResult(JoinOutcome.Timeout, "WifiAdapter.Connect did not return in time");
                }
                else if (call.Failure != null)
                {
                    failed = new JoinResult(JoinOutcome.Failed, Failure.Describe(call.Failure));
                }
                else if (join.Status != WifiConnectionStatus.Success)
                {
                    failed = ToJoinResult(join.Status);
                }
                else if (!WaitForAddress(deadline))
                {
                    failed = new JoinResult(JoinOutcome.Timeout, "associated, but no IP address within " + timeoutMs.ToString() + " ms");
                }
                if (failed != null)
                {
                    adapter.Disconnect();
                    return failed;
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

        /// <summary>Success means associated; the host is told OK only with an address.</summary>
        private static bool WaitForAddress(Deadline deadline)
        {
            while (!HasAddress(FindStation()))
            {
                if (deadline.Passed)
                {
                    return false;
                }
                Thread.Sleep(AddressPollMs);
            }
            return true;
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
                    return station != null && station.PhysicalAddress != null ? MacText.FromBytes(station.PhysicalAddress) : UnknownBssid;
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
        /// The native join re-joins after every drop until Disconnect (see Join), as ESP-AT does by
        /// default, with no interval or count to set.
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

        /// <summary>The +CWJAP reason for WifiAdapter.Connect's status other than Success.</summary>
        private static JoinResult ToJoinResult(WifiConnectionStatus status)
        {
            if (status == WifiConnectionStatus.Timeout)
            {
                return new JoinResult(JoinOutcome.Timeout, "the association timed out");
            }
            if (status == WifiConnectionStatus.InvalidCredential)
            {
                return new JoinResult(JoinOutcome.WrongPassword, "the AP refused the password");
            }
            if (status == WifiConnectionStatus.NetworkNotAvailable)
            {
                return new JoinResult(JoinOutcome.ApNotFound, "no AP with this SSID");
            }
            // Enum.ToString() gives only the number on nanoFramework.
            return new JoinResult(JoinOutcome.Failed, "WifiConnectionStatus " + ((int)status).ToString());
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
                if (!StationInterface.IsStation(sender))
                {
                    // A soft AP or Ethernet coming up is no WIFI CONNECTED.
                    return;
                }
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
                if (listener != null && StationInterface.IsStation(sender) && HasAddress(FindStation()))
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

        /// <summary>WifiAdapter.Connect, run as a BoundedCall: the native call waits up to 20 s whatever the host asked.</summary>
        private sealed class JoinCall : IBlockingWork
        {
            /// <summary>
            /// What is passed as the connect's options. The managed enum (Automatic = 0, Manual = 1)
            /// reaches the native Network_Interface_Start_Connect as a bit mask (nanoPAL_Sockets.h:
            /// NETWORK_CONNECT_SAVE_CONFIG 1, NETWORK_CONNECT_RECONNECT 2), so Manual would store the
            /// AP as the boot configuration and neither value asks for reconnection: 0, nothing
            /// saved. Re-joining after a drop comes from the native join itself (see Join).
            /// </summary>
            private const WifiReconnectionKind NothingSaved = WifiReconnectionKind.Automatic;

            private readonly WifiAdapter _adapter;
            private readonly string _ssid;
            private readonly string _password;
            private readonly ManualResetEvent _finished = new ManualResetEvent(false);
            private WifiConnectionStatus _status = WifiConnectionStatus.UnspecifiedFailure;

            public JoinCall(WifiAdapter adapter, string ssid, string password)
            {
                _adapter = adapter;
                _ssid = ssid;
                _password = password;
            }

            /// <summary>Set once WifiAdapter.Connect returned (or threw): its lock is free again.</summary>
            public WaitHandle Finished
            {
                get { return _finished; }
            }

            /// <summary>Connect's result; read after the BoundedCall finished.</summary>
            public WifiConnectionStatus Status
            {
                get { return _status; }
            }

            public void Run()
            {
                try
                {
                    _status = _adapter.Connect(_ssid, NothingSaved, _password).ConnectionStatus;
                }
                finally
                {
                    _finished.Set();
                }
            }

            /// <summary>
            /// Nothing to undo: the caller that gave up has already called Disconnect, and a newer
            /// join may be under way, which a Disconnect here would break.
            /// </summary>
            public void Discard()
            {
            }
        }
    }
}
