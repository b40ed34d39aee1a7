using System.Text;

namespace EspAtNano.Tests.Support;

/// <summary>
/// A scripted Wi-Fi station for unit tests: joins the networks it knows (ssid → password),
/// answers a forced +CWJAP code where told, records calls, can hold a join open (to see busy
/// answers), and raises the listener's events as a real adapter would — also for the joins and
/// leaves the engine asked for, so tests see that they are not printed twice. Its interface has a fixed
/// MAC, takes a DHCP lease (<see cref="Lease"/>) when joined, and applies settings unless told to refuse them.
/// </summary>
public sealed class ScriptedWifi : IWifiPort
{
    public const string Bssid = "aa:bb:cc:dd:ee:ff";
    public const int Channel = 6;
    public const int Rssi = -52;
    public const string Mac = "24:0a:c4:12:34:56";

    public static readonly StationAddresses Lease = new("192.168.1.50", "192.168.1.1", "255.255.255.0");

    private IWifiListener? _listener;
    private WifiStationInfo? _current;

    public readonly Dictionary<string, string> Networks = new() { ["home"] = "secret", ["lab"] = "" };

    /// <summary>ssid → the code Join answers for it (1 timeout, 4 failed), whatever the password.</summary>
    public readonly Dictionary<string, int> ForcedResults = new();

    /// <summary>When set, Join waits on it before answering.</summary>
    public ManualResetEventSlim? Gate;

    /// <summary>When false, the adapter reports only spontaneous changes.</summary>
    public bool RaisesEventsForCommands = true;

    public List<string> Calls { get; } = new();

    /// <summary>What a scan finds, in the order the radio reports it.</summary>
    public readonly List<AccessPoint> AccessPointsInRange = new();

    /// <summary>When set, a scan fails with this reason.</summary>
    public string? ScanFailure;

    /// <summary>host name → the addresses a lookup finds, IPv4 and IPv6 mixed, in the resolver's order.</summary>
    public readonly Dictionary<string, string[]> HostAddresses = new();

    /// <summary>The servers DHCP gave.</summary>
    public static readonly string[] DhcpDnsServers = ["192.168.1.1"];

    private string[]? _dnsServers;

    public SettingResult SetReconnect(int intervalSeconds, int repeatCount) =>
        Apply($"reconnect {intervalSeconds} {repeatCount}", () => { });

    public string[] DnsServers => _dnsServers ?? DhcpDnsServers;

    public SettingResult SetDnsServers(string[]? servers) =>
        Apply(servers == null ? "dns auto" : "dns " + string.Join(" ", servers), () => _dnsServers = servers);

    public LookupResult Resolve(string name, AddressFamilyChoice family, int timeoutMs)
    {
        Record($"resolve {name} {(int)family} timeout={timeoutMs}");
        if (!HostAddresses.TryGetValue(name, out string[]? all))
        {
            return LookupResult.NotFound("scripted: unknown host");
        }
        string[] v4 = all.Where(a => !a.Contains(':')).ToArray();
        string[] v6 = all.Where(a => a.Contains(':')).ToArray();
        return LookupResult.Found(family switch
        {
            AddressFamilyChoice.Ipv4Only => v4,
            AddressFamilyChoice.Ipv6Only => v6,
            _ => v4.Length > 0 ? v4 : v6,
        });
    }

    /// <summary>When set, every setting is refused with this reason.</summary>
    public string? RefuseSettings;

    /// <summary>What a platform that cannot tell its host name answers.</summary>
    public bool KnowsHostName = true;

    private StationAddresses? _static;
    private string _hostName = "espressif";

    public WifiCountry? Country { get; private set; }

    public string MacAddress => Mac;

    public StationAddresses Addresses => _static ?? (Current != null ? Lease : StationAddresses.None);

    public bool IsDhcpEnabled { get; private set; } = true;

    public string? HostName => KnowsHostName ? _hostName : null;

    public SettingResult SetDhcp(bool enabled) => Apply($"dhcp {enabled}", () =>
    {
        IsDhcpEnabled = enabled;
        if (enabled)
        {
            _static = null;
        }
    });

    public SettingResult SetStaticAddresses(StationAddresses addresses) =>
        Apply($"static {addresses.Ip} {addresses.Gateway} {addresses.Netmask}", () =>
        {
            _static = addresses;
            IsDhcpEnabled = false;
        });

    public SettingResult SetHostName(string name) => Apply($"hostname {name}", () => _hostName = name);

    public SettingResult SetCountry(WifiCountry country) =>
        Apply($"country {country.Policy} {country.Code} {country.StartChannel} {country.ChannelCount}", () => Country = country);

    public WifiStationInfo? Current => Volatile.Read(ref _current);

    public void SetListener(IWifiListener listener) => _listener = listener;

    public JoinResult Join(byte[] ssid, byte[] password, int timeoutMs)
    {
        string name = Encoding.Latin1.GetString(ssid);
        Record($"join {name} {Encoding.Latin1.GetString(password)} timeout={timeoutMs}");
        if (Current != null)
        {
            Drop(RaisesEventsForCommands);
        }
        Gate?.Wait();
        if (ForcedResults.TryGetValue(name, out int forced))
        {
            return new JoinResult((JoinOutcome)forced, "scripted");
        }
        if (!Networks.TryGetValue(name, out string? expected))
        {
            return new JoinResult(JoinOutcome.ApNotFound, "scripted");
        }
        if (expected != Encoding.Latin1.GetString(password))
        {
            return new JoinResult(JoinOutcome.WrongPassword, "scripted");
        }
        Appear(name, RaisesEventsForCommands);
        return JoinResult.Success;
    }

    public ScanResult Scan(int timeoutMs)
    {
        Record($"scan timeout={timeoutMs}");
        return ScanFailure != null ? ScanResult.Failed(ScanFailure) : ScanResult.Found(AccessPointsInRange.ToArray());
    }

    public void Leave()
    {
        Record("leave");
        Drop(RaisesEventsForCommands);
    }

    /// <summary>The AP stored for power-up (the module joined "home" with AT+SYSSTORE=1 before the test).</summary>
    public SavedAp? SavedAp { get; set; } = new(Encoding.Latin1.GetBytes("home"), Encoding.Latin1.GetBytes("secret"));

    public SettingResult SaveAp(SavedAp? ap) =>
        Apply(ap == null ? "forget saved ap" : $"save ap {Encoding.Latin1.GetString(ap.Ssid)} {Encoding.Latin1.GetString(ap.Password)}",
            () => SavedAp = ap);

    public bool AutoConnect { get; set; } = true;

    public SettingResult SetAutoConnect(bool enabled) => Apply($"autoconnect {enabled}", () => AutoConnect = enabled);

    /// <summary>How often the engine asked for the saved AP's join, which runs when the test calls <see cref="FinishSavedApJoin"/>.</summary>
    public int SavedApJoinsRequested { get; private set; }

    public void JoinSavedAp()
    {
        Record("join saved ap");
        SavedApJoinsRequested++;
    }

    /// <summary>The background join of the saved AP ends: joined (with its events) when the AP and password fit.</summary>
    public void FinishSavedApJoin()
    {
        SavedAp saved = SavedAp ?? throw new InvalidOperationException("no saved AP to join");
        string ssid = Encoding.Latin1.GetString(saved.Ssid);
        if (Networks.TryGetValue(ssid, out string? password) && password == Encoding.Latin1.GetString(saved.Password))
        {
            Appear(ssid, true);
        }
    }

    /// <summary>The platform joined before the engine existed (auto-connect at power-up): no events.</summary>
    public void JoinedAtBoot(string ssid) => Appear(ssid, false);

    /// <summary>The station joins on its own (automatic reconnect).</summary>
    public void Reconnect(string ssid) => Appear(ssid, true);

    /// <summary>The AP goes away.</summary>
    public void LoseAp() => Drop(true);

    public void RaiseConnected() => Listener.OnWifiConnected();

    public void RaiseGotIp() => Listener.OnWifiGotIp();

    public void RaiseDisconnected() => Listener.OnWifiDisconnected();

    public string[] CallsSnapshot()
    {
        lock (Calls) { return Calls.ToArray(); }
    }

    private void Appear(string ssid, bool raise)
    {
        Volatile.Write(ref _current, new WifiStationInfo
        {
            Ssid = Encoding.Latin1.GetBytes(ssid), Bssid = Bssid, Channel = Channel, Rssi = Rssi
        });
        if (raise)
        {
            RaiseConnected();
            RaiseGotIp();
        }
    }

    private void Drop(bool raise)
    {
        bool wasJoined = Interlocked.Exchange(ref _current, null) != null;
        if (wasJoined && raise)
        {
            RaiseDisconnected();
        }
    }

    private IWifiListener Listener => _listener ?? throw new InvalidOperationException("the engine has not set a listener");

    private SettingResult Apply(string call, Action apply)
    {
        Record(call);
        if (RefuseSettings != null)
        {
            return SettingResult.Refused(RefuseSettings);
        }
        apply();
        return SettingResult.Applied;
    }

    private void Record(string call)
    {
        lock (Calls) { Calls.Add(call); }
    }
}
