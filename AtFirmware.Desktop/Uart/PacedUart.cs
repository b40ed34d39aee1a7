using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Uart;

/// <summary>
/// A UART on this PC (a TCP socket, a pseudo-terminal) timed like the module's real serial
/// line at a given baud rate, 8N1: what the host sends reaches the engine no faster than the
/// line could carry it, so a reply never starts before the command's last byte could have
/// arrived, and what the module prints leaves no faster either. Host drivers written against
/// hardware rely on that timing (one cleared its reply flag after sending, and lost replies to a
/// twin that answered sooner than any wire could). A real serial port needs none of this.
/// </summary>
public sealed class PacedUart : IUart
{
    private readonly IUart _line;
    private readonly int _baud;
    private readonly PacedTransmitter _transmitter;

    public PacedUart(IUart line, int baud)
    {
        _line = line;
        _baud = baud;
        _transmitter = new PacedTransmitter(new LinePacer(baud), line);
    }

    public string Description { get { return _line.Description; } }

    public void Run(IUartReceiver receiver, CancellationToken stop)
    {
        _line.Run(new PacedReceiver(receiver, new LinePacer(_baud), _transmitter, stop), stop);
    }

    public void Write(byte[] data, int offset, int count)
    {
        _transmitter.Write(data, offset, count);
    }

    public void Dispose()
    {
        _transmitter.Dispose();
        _line.Dispose();
    }

    /// <summary>The RX side: hands the engine each batch of bytes once it could have arrived.</summary>
    private sealed class PacedReceiver : IUartReceiver
    {
        private readonly IUartReceiver _engine;
        private readonly LinePacer _pacer;
        private readonly PacedTransmitter _transmitter;
        private readonly CancellationToken _stop;
        private readonly Action<byte[], int, int> _deliver;
        private byte[] _batch = new byte[256];

        public PacedReceiver(IUartReceiver engine, LinePacer pacer, PacedTransmitter transmitter, CancellationToken stop)
        {
            _engine = engine;
            _pacer = pacer;
            _transmitter = transmitter;
            _stop = stop;
            _deliver = Deliver;
        }

        public void HostAttached()
        {
            // What the module printed for the previous host must not reach the next one.
            _transmitter.Discard();
            _engine.HostAttached();
        }

        public void Received(byte[] data, int count)
        {
            _pacer.Pass(data, 0, count, _deliver, _stop);
        }

        private void Deliver(byte[] data, int offset, int count)
        {
            if (offset == 0)
            {
                _engine.Received(data, count);
                return;
            }
            // A receiver takes its bytes from the start of a buffer.
            if (_batch.Length < count)
            {
                _batch = new byte[count];
            }
            Buffer.BlockCopy(data, offset, _batch, 0, count);
            _engine.Received(_batch, count);
        }
    }
}
