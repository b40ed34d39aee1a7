using EspAtNano.Desktop.Uart;
using EspAtNano.Engine;

namespace EspAtNano.Desktop.Logging;

/// <summary>--verbose: logs what the host sends, a line at a time, on its way to the engine.</summary>
public sealed class TracingReceiver : IUartReceiver
{
    private readonly IUartReceiver _engine;
    private readonly LineTracer _tracer;

    public TracingReceiver(IUartReceiver engine, ILog log)
    {
        _engine = engine;
        _tracer = new LineTracer(log, "uart < ");
    }

    public void HostAttached()
    {
        _engine.HostAttached();
    }

    public void Received(byte[] data, int count)
    {
        _tracer.Append(data, 0, count, false);
        _engine.Received(data, count);
    }
}
