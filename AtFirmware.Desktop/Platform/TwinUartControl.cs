using EspAtNano.Desktop.Uart;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Platform;

/// <summary>
/// AT+UART_CUR / AT+UART_DEF on the twin. On --serial the port really switches; a paced TCP or pty
/// line (PacedUart) takes the new rate; the console, or a line with --baud 0, has no rate of its
/// own, so there the settings are only remembered and reported. The stored (_DEF) settings live as long
/// as the process: starting the twin is its power-up, and its command line (--baud) is its factory
/// configuration, so AT+RESTORE returns to that.
/// </summary>
public sealed class TwinUartControl : IUartControl
{
    private readonly UartSettings _factory;
    private readonly IAdjustableLine? _line;
    private readonly ILog _log;
    private volatile UartSettings _current;
    private volatile UartSettings _saved;

    /// <param name="line">The serial port, or null for a line without electrical settings.</param>
    public TwinUartControl(int baudRate, IAdjustableLine? line, ILog log)
    {
        _factory = new UartSettings(baudRate, 8, 1, 0, 0);
        _current = _factory;
        _saved = _factory;
        _line = line;
        _log = log;
    }

    public UartSettings Current => _current;

    public UartSettings Saved => _saved;

    public SettingResult Check(UartSettings settings) => _line?.Check(settings) ?? SettingResult.Applied;

    public void Apply(UartSettings settings)
    {
        SettingResult result = _line?.Apply(settings) ?? SettingResult.Applied;
        if (!result.IsApplied)
        {
            _log.Write("uart: staying at " + Describe(_current) + ": " + result.Reason);
            return;
        }
        _current = settings;
        _log.Write("uart: now " + Describe(settings) + (_line == null ? " (remembered; this line has no rate of its own)" : ""));
    }

    public SettingResult Save(UartSettings settings)
    {
        _saved = settings;
        return SettingResult.Applied;
    }

    public SettingResult ForgetSaved()
    {
        _saved = _factory;
        return SettingResult.Applied;
    }

    private static string Describe(UartSettings s) => $"{s.BaudRate},{s.DataBits},{s.StopBits},{s.Parity},{s.FlowControl}";
}
