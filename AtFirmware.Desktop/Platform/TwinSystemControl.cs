using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Platform;

/// <summary>AT+RST on a PC: the process stays; the engine restarts itself in software and says ready again.</summary>
public sealed class TwinSystemControl : ISystemControl
{
    private readonly ILog _log;

    public TwinSystemControl(ILog log)
    {
        _log = log;
    }

    public void Restart()
    {
        _log.Write("AT+RST: the engine restarts in software");
    }
}
