using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Platform;

/// <summary>
/// The PC's clock, which its operating system already keeps in sync: certificates can be
/// verified from boot, and AT+CIPSNTPCFG has nothing to start, so it is only logged.
/// AT+SYSTIMESTAMP= moves the module's clock by an offset from the PC's, never the PC's clock.
/// </summary>
public sealed class HostClock : IClock, ITimeSync
{
    private readonly ILog _log;
    private long _offsetTicks;

    public HostClock(ILog log)
    {
        _log = log;
    }

    public DateTime UtcNow { get { return DateTime.UtcNow.AddTicks(Interlocked.Read(ref _offsetTicks)); } }

    public bool IsSynchronised { get { return true; } }

    /// <summary>As ESP-AT; the twin asks none of them.</summary>
    public int MaxServers => 3;

    public void Configure(bool enabled, string[] servers)
    {
        string what = !enabled ? "disabled" : servers.Length == 0 ? "enabled with default servers" : "enabled with " + string.Join(", ", servers);
        _log.Write("sntp: " + what + "; the host clock is used either way");
    }

    public SettingResult SetTime(DateTime utc)
    {
        Interlocked.Exchange(ref _offsetTicks, (utc - DateTime.UtcNow).Ticks);
        _log.Write("clock: set to " + utc.ToString("u", System.Globalization.CultureInfo.InvariantCulture) + " by the host");
        return SettingResult.Applied;
    }
}
