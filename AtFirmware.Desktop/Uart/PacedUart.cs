using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Uart;

/// <summary>
/// A UART on this PC (a TCP socket, a pseudo-terminal) timed like the module's real serial
/// line at a given baud rate, 8N1: what the host sends reaches the engine no faster than the
/// line could carry it, so a reply never starts before the command's last byte could have
/// arrived, and what the module prints leaves no faster either. Host drivers written against
/// hardware rely on that timing (one cleared its reply flag after sending, and lost replies to a
/// twin that answered sooner than any wire could). A real serial port needs none of this.
/// AT+UART_CUR / AT+UART_DEF change the rate as on a module: their OK leaves at the old rate,
/// everything after it at the new one, both ways. Only the rate counts; a byte stays 10 bits.
/// </summary>
public sealed class PacedUart : IUart, IAdjustableLine
{
    // A full queue at a very low rate takes minutes to leave (8 KB at 80 baud: 17 min); rather than hold the engine
    // that long, what is still queued after this leaves at the new rate.
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(30);

    private readonly IUart _line;
    private readonly LinePacer _txPacer;
    private readonly LinePacer _rxPacer;
    private readonly PacedTransmitter _transmitter;

    public PacedUart(IUart line, int baud)
    {
        _line = line;
        _txPacer = new LinePacer(baud);
        _rxPacer = new LinePacer(baud);
        _transmitter = new PacedTransmitter(_txPacer, line);
    }

    public string Description { get { return _line.Description; } }

    public void Run(IUartReceiver receiver, CancellationToken stop)
    {
        _line.Run(new PacedReceiver(receiver, _rxPacer, _transmitter, stop), stop);
    }

    public void Write(byte[] data, int offset, int count)
    {
        _transmitter.Write(data, offset, count);
    }

    /// <summary>Any rate suits a line that only imitates one; the engine has checked the range.</summary>
    public SettingResult Check(UartSettings settings)
    {
        return SettingResult.Applied;
    }

    /// <summary>Lets what was written (the command's OK) leave at the old rate, then paces both ways at the new one.</summary>
    public SettingResult Apply(UartSettings settings)
    {
        _transmitter.Drain(DrainTimeout);
        _txPacer.Baud = settings.BaudRate;
        _rxPacer.Baud = settings.BaudRate;
        return SettingResult.Applied;
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

        public bool WaitAnswered(int timeoutMs)
        {
            // The answer is out once it has also left the paced line.
            return _engine.WaitAnswered(timeoutMs) && _transmitter.Drain(TimeSpan.FromMilliseconds(timeoutMs));
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
