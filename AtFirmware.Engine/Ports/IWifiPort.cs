namespace EspAtNano.Engine.Ports
{
    /// <summary>
    /// The Wi-Fi station and its network interface (docs/commands/wifi-and-time.md). Join blocks for at most its
    /// timeout and never throws; spontaneous changes (the AP going away, the station coming back) arrive on the
    /// listener. A setting the platform cannot apply is refused with its reason, never ignored.
    /// </summary>
    public interface IWifiPort
    {
        void SetListener(IWifiListener listener);

        /// <summary>Joined (with an IP address), or why not.</summary>
        JoinResult Join(byte[] ssid, byte[] password, int timeoutMs);

        void Leave();

        /// <summary>The AP stored for power-up and for a bare AT+CWJAP, or null; it survives a restart.</summary>
        SavedAp SavedAp { get; }

        /// <summary>Stores the AP for power-up; null forgets it (AT+RESTORE).</summary>
        SettingResult SaveAp(SavedAp ap);

        /// <summary>AT+CWAUTOCONN: whether the module joins its saved AP at power-up; stored, so it survives a restart.</summary>
        bool AutoConnect { get; }

        SettingResult SetAutoConnect(bool enabled);

        /// <summary>
        /// Joins the saved AP in the background, as firmware does at power-up with auto-connect on, and reports it on the
        /// listener (WIFI CONNECTED, WIFI GOT IP); nothing without a saved AP. The engine calls it after ready and when
        /// AT+CWMODE turns the station on with &lt;auto_connect&gt; 1.
        /// </summary>
        void JoinSavedAp();

        /// <summary>The AP the station is joined to, or null.</summary>
        WifiStationInfo Current { get; }

        /// <summary>The station's MAC address, "aa:bb:cc:dd:ee:ff" in lower case.</summary>
        string MacAddress { get; }

        /// <summary>The station's IPv4 settings now: the static ones, the DHCP lease, or StationAddresses.None.</summary>
        StationAddresses Addresses { get; }

        bool IsDhcpEnabled { get; }

        /// <summary>Starts or stops the station's DHCP client; stopping keeps the current address.</summary>
        SettingResult SetDhcp(bool enabled);

        /// <summary>A static IPv4 address for the station; DHCP is off afterwards.</summary>
        SettingResult SetStaticAddresses(StationAddresses addresses);

        /// <summary>The name the station gives DHCP, or null where the platform cannot tell.</summary>
        string HostName { get; }

        SettingResult SetHostName(string name);

        SettingResult SetCountry(WifiCountry country);

        /// <summary>The APs in range, blocking for at most <paramref name="timeoutMs"/>; never throws.</summary>
        ScanResult Scan(int timeoutMs);

        /// <summary>
        /// AT+CWRECONNCFG: after the AP drops, retry every <paramref name="intervalSeconds"/> (0: never),
        /// <paramref name="repeatCount"/> times (0: without end).
        /// </summary>
        SettingResult SetReconnect(int intervalSeconds, int repeatCount);

        /// <summary>The DNS servers the interface uses now (IPv4 dotted quads), DHCP's or the ones set.</summary>
        string[] DnsServers { get; }

        /// <summary>These DNS servers from now on; null: the ones DHCP gives.</summary>
        SettingResult SetDnsServers(string[] servers);

        /// <summary>Resolves a host name, blocking for at most <paramref name="timeoutMs"/>; never throws.</summary>
        LookupResult Resolve(string name, AddressFamilyChoice family, int timeoutMs);
    }
}
