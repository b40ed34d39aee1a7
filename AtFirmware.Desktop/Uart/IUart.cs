using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Uart;

/// <summary>The module's serial line as a host reaches it on this PC; writes come from the engine.</summary>
public interface IUart : IByteSink, IDisposable
{
    /// <summary>What the startup line names after "uart ", e.g. "tcp 127.0.0.1:4000".</summary>
    string Description { get; }

    /// <summary>
    /// Delivers what hosts send until <paramref name="stop"/> is cancelled, or returns earlier
    /// when the line has ended for good (stdin closed).
    /// </summary>
    void Run(IUartReceiver receiver, CancellationToken stop);
}
