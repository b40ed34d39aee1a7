using EspAtNano.Engine;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Uart;

/// <summary>
/// Feeds the engine what the host sends. The module says ready when the first host attaches, as
/// a board does when it is powered after being wired up. A later TCP host joins a module that
/// kept running and gets no second ready: nothing restarted, and its MQTT link may still be up;
/// but it finds a fresh input state, so nothing the previous host left unfinished (a partial
/// line, a raw block cut short) is completed with its bytes.
/// </summary>
public sealed class EngineInput : IUartReceiver
{
    private readonly AtEngine _engine;
    private readonly Action _powerUpDone;
    private bool _started;

    /// <param name="powerUpDone">Waits until what the board does on its own after ready (joining its saved AP) is over.</param>
    public EngineInput(AtEngine engine, Action powerUpDone)
    {
        _engine = engine;
        _powerUpDone = powerUpDone;
    }

    public void HostAttached()
    {
        if (!_started)
        {
            _started = true;
            _engine.Start();
            // Input is read only after the power-up join has ended and said so: what a host sends at once (a pipe
            // into the console twin) waits in the line and never races the join, e.g. AT+MQTTCONN before WIFI GOT IP.
            _powerUpDone();
            return;
        }
        _engine.NewHost();
    }

    public void Received(byte[] data, int count)
    {
        _engine.Feed(data, 0, count);
    }

    public bool WaitAnswered(int timeoutMs)
    {
        return _engine.WaitIdle(timeoutMs);
    }
}
