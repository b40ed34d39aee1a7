using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Platform;

/// <summary>
/// The PC's clock, which its operating system already keeps in sync; but like a module's it counts
/// as synchronised only once SNTP is on (AT+CIPSNTPCFG=1) and the station has an IP, or the host set
/// it (AT+SYSTIMESTAMP=), so a host driver meets the 1970 clock and the TLS refusals it must handle.
/// AT+SYSTIMESTAMP= moves the module's clock by an offset from the PC's, never the PC's clock.
/// </summary>
public sealed class HostClock : IClock, ITimeSync
{
    private readonly ILog _log;
    private readonly Func<bool> _hasIp;
    private long _offsetTicks;
    private volatile bool _sntpEnabled;
    private volatile bool _setByHost;

    /// <param name="hasIp">Whether the station has an IP, which SNTP needs to reach its servers.</param>
    public HostClock(Func<bool> hasIp, ILog log)
    {
        _hasIp = hasIp;
        _log = log;
    }

    public DateTime UtcNow { get { return DateTime.UtcNow.AddTicks(Interlocked.Read(ref _offsetTicks)); } }

    public bool IsSynchronised { get { return _setByHost || (_sntpEnabled && _hasIp()); } }

    /// <summary>As ESP-AT; the twin asks none of them.</summary>
    public int MaxServers => 3;

    public void Configure(bool enabled, string[] servers)
    {
        string what = !enabled ? "disabled" : servers.Length == 0 ? "enabled with default servers" : "enabled with " + string.Join(", ", servers);
        _sntpEnabled = enabled;
        _log.Write("sntp: " + what + "; the host clock stands for the servers' time");
    }

    public SettingResult SetTime(DateTime utc)
    {
        Interlocked.Exchange(ref _offsetTicks, (utc - DateTime.UtcNow).Ticks);
        _setByHost = true;
        _log.Write("clock: set to " + utc.ToString("u", System.Globalization.CultureInfo.InvariantCulture) + " by the host");
        return SettingResult.Applied;
    }
}
