using EspAtNano.Engine;

namespace EspAtNano.Desktop.Logging;

/// <summary>--verbose: logs what the module sends to the host, a line at a time, on its way to the UART.</summary>
public sealed class TracingSink : IByteSink
{
    private readonly IByteSink _uart;
    private readonly LineTracer _tracer;

    public TracingSink(IByteSink uart, ILog log)
    {
        _uart = uart;
        _tracer = new LineTracer(log, "uart > ");
    }

    public void Write(byte[] data, int offset, int count)
    {
        // Each engine write is a whole answer, echo or URC: its unfinished last line (the ">" prompt) is logged at once.
        _tracer.Append(data, offset, count, true);
        _uart.Write(data, offset, count);
    }
}
