using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Platform;

/// <summary>
/// A Wi-Fi station in front of the PC's own network: joining only checks the SSID and password
/// against the --wifi list, after a pause like a real association, so a host's join and error
/// handling can be exercised. Like a module with a saved AP and auto-connect on (firmware's default once
/// an AP was joined), the first --wifi network starts as the saved AP, which the engine has it join after
/// ready (raising WIFI CONNECTED and WIFI GOT IP); the saved AP and auto-connect are kept for the process's
/// life, so they survive AT+RST. The simulated APs never go away, so no other station events are raised.
/// Its interface looks like an ESP32's: an Espressif MAC (24:0a:c4 and three bytes from a hash of the PC's name,
/// so it stays the same from run to run), the DHCP lease 192.168.4.2/24 via 192.168.4.1 while joined and 0.0.0.0
/// otherwise, or the static address the host set; the host name and country are kept and reported.
/// DNS: the servers set with AT+CIPDNS are kept and reported, otherwise the lease's 192.168.4.1 while joined and
/// ESP-AT's defaults before; lookups use the PC's resolver whatever the servers, and only while joined.
/// A scan finds the --wifi networks as APs with plausible radio figures (<see cref="ApFor"/>), which AT+CWJAP? repeats.
/// </summary>
public sealed class SimulatedWifi : IWifiPort
{
    private const int JoinDelayMs = 200;
    // ESP-AT's default jap_timeout, which the power-up join has too.
    private const int JoinApTimeoutMs = 15000;
    private const int ScanDelayMs = 200;
    private const int EcnOpen = 0;
    private const int EcnWpa2Psk = 3;
    private const int CipherNone = 0;
    private const int CipherCcmp = 4;
    private const int Protocols80211Bgn = 7;
    private static readonly int[] Channels = [6, 1, 11];

    private static readonly StationAddresses Lease = new("192.168.4.2", "192.168.4.1", "255.255.255.0");
    private static readonly string[] LeaseDnsServers = [Lease.Gateway];
    private static readonly string[] BootDnsServers = ["208.67.222.222", "114.114.114.114", "8.8.8.8"];

    private readonly IReadOnlyList<WifiNetwork> _networks;
    private readonly ILog _log;
    // Guards _joinsRunning: saved-AP joins running in the background.
    private readonly object _joinSync = new();
    private int _joinsRunning;
    private IWifiListener? _listener;
    private volatile SavedAp? _savedAp;
    private volatile bool _autoConnect;
    private volatile WifiStationInfo? _current;
    private volatile StationAddresses? _static;
    private volatile bool _dhcp = true;
    private volatile string _hostName = "espressif";
    private volatile string[]? _dnsServers;

    /// <param name="savedAp">The AP stored at start, or null: a module that never joined one.</param>
    /// <param name="autoConnect">AT+CWAUTOCONN at start.</param>
    public SimulatedWifi(IReadOnlyList<WifiNetwork> networks, WifiNetwork? savedAp, bool autoConnect, ILog log)
    {
        _networks = networks;
        _savedAp = savedAp == null ? null : new SavedAp(Encoding.UTF8.GetBytes(savedAp.Ssid), Encoding.UTF8.GetBytes(savedAp.Password));
        _autoConnect = autoConnect;
        _log = log;
    }

    public SavedAp? SavedAp => _savedAp;

    public SettingResult SaveAp(SavedAp? ap)
    {
        _savedAp = ap;
        _log.Write(ap == null ? "wifi: no saved AP" : "wifi: saved AP \"" + Encoding.UTF8.GetString(ap.Ssid) + "\"");
        return SettingResult.Applied;
    }

    public bool AutoConnect => _autoConnect;

    public SettingResult SetAutoConnect(bool enabled)
    {
        _autoConnect = enabled;
        return SettingResult.Applied;
    }

    public WifiStationInfo? Current { get { return _current; } }

    public string MacAddress { get; } = MacFrom(Environment.MachineName);

    public StationAddresses Addresses => _static ?? (_current != null ? Lease : StationAddresses.None);

    public bool IsDhcpEnabled => _dhcp;

    public string HostName => _hostName;

    public SettingResult SetDhcp(bool enabled)
    {
        _dhcp = enabled;
        if (enabled)
        {
            _static = null;
        }
        return SettingResult.Applied;
    }

    public SettingResult SetStaticAddresses(StationAddresses addresses)
    {
        _static = addresses;
        _dhcp = false;
        return SettingResult.Applied;
    }

    public SettingResult SetHostName(string name)
    {
        _hostName = name;
        return SettingResult.Applied;
    }

    public SettingResult SetCountry(WifiCountry country)
    {
        _log.Write($"wifi: country {country.Code}, channels {country.StartChannel}-{country.StartChannel + country.ChannelCount - 1}");
        return SettingResult.Applied;
    }

    public void SetListener(IWifiListener listener)
    {
        _listener = listener;
    }

    /// <summary>
    /// Joins the saved AP in the background, as firmware does after power-up, so the host sees
    /// WIFI CONNECTED and WIFI GOT IP a moment after ready.
    /// </summary>
    public void JoinSavedAp()
    {
        SavedAp? saved = _savedAp;
        if (saved == null)
        {
            _log.Write("wifi: no saved AP to join");
            return;
        }
        lock (_joinSync)
        {
            _joinsRunning++;
        }
        new Thread(() =>
        {
            try
            {
                if (Join(saved.Ssid, saved.Password, JoinApTimeoutMs).IsJoined)
                {
                    _listener?.OnWifiConnected();
                    _listener?.OnWifiGotIp();
                }
            }
            finally
            {
                lock (_joinSync)
                {
                    _joinsRunning--;
                    Monitor.PulseAll(_joinSync);
                }
            }
        }) { IsBackground = true, Name = "wifi auto-connect" }.Start();
    }

    /// <summary>Waits until no saved-AP join runs (its URCs are written by then); false on timeout.</summary>
    public bool WaitForSavedApJoin(int timeoutMs)
    {
        long deadline = Environment.TickCount64 + timeoutMs;
        lock (_joinSync)
        {
            while (_joinsRunning > 0)
            {
                long left = deadline - Environment.TickCount64;
                if (left <= 0 || !Monitor.Wait(_joinSync, (int)left))
                {
                    return false;
                }
            }
            return true;
        }
    }

    public JoinResult Join(byte[] ssid, byte[] password, int timeoutMs)
    {
        // As on the ESP32, a new join first leaves the AP the station was on.
        _current = null;
        string name = Encoding.UTF8.GetString(ssid);
        if (timeoutMs < JoinDelayMs)
        {
            Thread.Sleep(timeoutMs);
            return Result(name, JoinOutcome.Timeout, "timed out");
        }
        Thread.Sleep(JoinDelayMs);
        WifiNetwork? network = _networks.FirstOrDefault(n => Encoding.UTF8.GetBytes(n.Ssid).AsSpan().SequenceEqual(ssid));
        if (network == null)
        {
            return Result(name, JoinOutcome.ApNotFound, "no such AP");
        }
        if (!Encoding.UTF8.GetBytes(network.Password).AsSpan().SequenceEqual(password))
        {
            return Result(name, JoinOutcome.WrongPassword, "wrong password");
        }
        AccessPoint ap = ApFor(_networks.ToList().IndexOf(network));
        _current = new WifiStationInfo { Ssid = ssid, Bssid = ap.Bssid, Channel = ap.Channel, Rssi = ap.Rssi };
        return Result(name, JoinOutcome.Joined, "joined");
    }

    public void Leave()
    {
        _current = null;
    }

    /// <summary>Kept in the log only: the simulated APs never go away, so there is nothing to reconnect to.</summary>
    public SettingResult SetReconnect(int intervalSeconds, int repeatCount)
    {
        _log.Write($"wifi: reconnect every {intervalSeconds} s, {repeatCount} times (0: without end)");
        return SettingResult.Applied;
    }

    public string[] DnsServers => _dnsServers ?? (_current != null ? LeaseDnsServers : BootDnsServers);

    public SettingResult SetDnsServers(string[]? servers)
    {
        _log.Write(servers == null ? "wifi: DNS servers from DHCP" : "wifi: DNS servers " + string.Join(", ", servers));
        _dnsServers = servers;
        return SettingResult.Applied;
    }

    public LookupResult Resolve(string name, AddressFamilyChoice family, int timeoutMs)
    {
        if (_current == null)
        {
            return LookupResult.NotFound("the station is not joined");
        }
        try
        {
            using var timeout = new CancellationTokenSource(timeoutMs);
            IPAddress[] found = Dns.GetHostAddressesAsync(name, timeout.Token).WaitAsync(timeout.Token).GetAwaiter().GetResult();
            IPAddress[] v4 = found.Where(a => a.AddressFamily == AddressFamily.InterNetwork).ToArray();
            IPAddress[] v6 = found.Where(a => a.AddressFamily == AddressFamily.InterNetworkV6).ToArray();
            IPAddress[] chosen = family switch
            {
                AddressFamilyChoice.Ipv4Only => v4,
                AddressFamilyChoice.Ipv6Only => v6,
                _ => v4.Length > 0 ? v4 : v6,
            };
            return LookupResult.Found(chosen.Select(a => a.ToString()).ToArray());
        }
        catch (OperationCanceledException)
        {
            return LookupResult.NotFound($"no answer within {timeoutMs} ms");
        }
        catch (Exception e) when (e is SocketException or ArgumentException)
        {
            return LookupResult.NotFound(e.Message);
        }
    }

    public ScanResult Scan(int timeoutMs)
    {
        Thread.Sleep(Math.Min(ScanDelayMs, timeoutMs));
        return ScanResult.Found(Enumerable.Range(0, _networks.Count).Select(ApFor).ToArray());
    }

    /// <summary>
    /// The n-th --wifi network as an AP: a locally administered BSSID 02:00:00:00:00:(n+1), channels 6, 1, 11 in turn,
    /// -40 dBm for the first and 7 dB weaker for each next one, open without a password and WPA2-PSK (CCMP) with one.
    /// </summary>
    private AccessPoint ApFor(int index)
    {
        WifiNetwork network = _networks[index];
        bool open = network.Password.Length == 0;
        return new AccessPoint
        {
            Ecn = open ? EcnOpen : EcnWpa2Psk,
            Ssid = Encoding.UTF8.GetBytes(network.Ssid),
            Rssi = -40 - 7 * index,
            Bssid = $"02:00:00:00:00:{index + 1:x2}",
            Channel = Channels[index % Channels.Length],
            PairwiseCipher = open ? CipherNone : CipherCcmp,
            GroupCipher = open ? CipherNone : CipherCcmp,
            Protocols = Protocols80211Bgn,
        };
    }

    /// <summary>Espressif's OUI and three bytes of the name's SHA-256: stable for one PC, different between PCs.</summary>
    private static string MacFrom(string name)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        return $"24:0a:c4:{hash[0]:x2}:{hash[1]:x2}:{hash[2]:x2}";
    }

    private JoinResult Result(string ssid, JoinOutcome outcome, string what)
    {
        _log.Write("wifi: join \"" + ssid + "\": " + what);
        return new JoinResult(outcome, what);
    }
}
