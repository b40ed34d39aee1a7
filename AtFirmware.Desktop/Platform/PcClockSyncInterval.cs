using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Platform;

/// <summary>
/// AT+CIPSNTPINTV on the twin: its clock is the PC's, which the operating system keeps in time, so any interval
/// is taken (and logged) — the host cannot tell the difference.
/// </summary>
public sealed class PcClockSyncInterval(ILog log) : ISntpInterval
{
    public SettingResult SetSyncInterval(int seconds)
    {
        log.Write($"sntp: interval {seconds} s (the PC keeps its own clock)");
        return SettingResult.Applied;
    }
}
