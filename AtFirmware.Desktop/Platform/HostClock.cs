using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Platform;

/// <summary>
/// The PC's clock, which its operating system already keeps in sync: certificates can be
/// verified from boot, and AT+CIPSNTPCFG has nothing to start, so it is only logged.
/// </summary>
public sealed class HostClock : IClock, ITimeSync
{
    private readonly ILog _log;

    public HostClock(ILog log)
    {
        _log = log;
    }

    public DateTime UtcNow { get { return DateTime.UtcNow; } }

    public bool IsSynchronised { get { return true; } }

    /// <summary>As ESP-AT; the twin asks none of them.</summary>
    public int MaxServers => 3;

    public void Configure(bool enabled, string[] servers)
    {
        string what = !enabled ? "disabled" : servers.Length == 0 ? "enabled with default servers" : "enabled with " + string.Join(", ", servers);
        _log.Write("sntp: " + what + "; the host clock is used either way");
    }
}
