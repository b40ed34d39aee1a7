using System.IO.Ports;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Uart;

/// <summary>
/// A real serial port, 8N1 without flow control after start, so a board wired to a USB-UART
/// adapter talks to the module; AT+UART_CUR / AT+UART_DEF switch it. Unplugging the adapter does
/// not end the module: the port is reopened once it is back.
/// </summary>
public sealed class SerialUart : IUart, IAdjustableLine
{
    // Reads time out so that a stop request is seen without closing the port under the reader.
    private const int ReadTimeoutMs = 200;
    private const int WriteTimeoutMs = 2000;
    private const int ReopenDelayMs = 1000;
    // How long bytes already written may take to leave before the settings change anyway.
    private const int DrainTimeoutMs = 5000;
    private const int DrainPollMs = 1;
    // After the driver's queue is empty the adapter's FIFO still sends: allow this many characters' time.
    private const int FifoCharacters = 64;

    private readonly SerialPort _port;
    private readonly ILog _log;
    private readonly object _sync = new object();

    private SerialUart(SerialPort port, ILog log)
    {
        _port = port;
        _log = log;
    }

    public static SerialUart Open(string device, int baud, ILog log)
    {
        SerialPort port = new SerialPort(device, baud, Parity.None, 8, StopBits.One)
        {
            Handshake = Handshake.None,
            ReadTimeout = ReadTimeoutMs,
            WriteTimeout = WriteTimeoutMs
        };
        port.Open();
        return new SerialUart(port, log);
    }

    public string Description { get { return "serial " + _port.PortName + " " + _port.BaudRate; } }

    public void Run(IUartReceiver receiver, CancellationToken stop)
    {
        receiver.HostAttached();
        byte[] buffer = new byte[4096];
        while (!stop.IsCancellationRequested)
        {
            try
            {
                int count = _port.BaseStream.Read(buffer, 0, buffer.Length);
                receiver.Received(buffer, count);
            }
            catch (TimeoutException)
            {
            }
            catch (Exception e) when (e is IOException || e is InvalidOperationException || e is UnauthorizedAccessException)
            {
                if (!stop.IsCancellationRequested)
                {
                    _log.Write("uart: " + _port.PortName + " lost (" + e.Message + "), reopening");
                    Reopen(stop);
                }
            }
        }
    }

    public void Write(byte[] data, int offset, int count)
    {
        lock (_sync)
        {
            try
            {
                _port.BaseStream.Write(data, offset, count);
            }
            catch (Exception e) when (e is IOException || e is InvalidOperationException || e is TimeoutException)
            {
                _log.Write("uart: writing " + _port.PortName + " failed: " + e.Message);
            }
        }
    }

    public SettingResult Check(UartSettings settings)
    {
        if (settings.FlowControl == 1 || settings.FlowControl == 2)
        {
            return SettingResult.Refused(".NET's SerialPort drives RTS and CTS together: flow control 0 or 3 only");
        }
        if (settings.StopBits == 2 && !OperatingSystem.IsWindows())
        {
            return SettingResult.Refused("termios has no 1.5 stop bits");
        }
        return SettingResult.Applied;
    }

    public SettingResult Apply(UartSettings settings)
    {
        lock (_sync)
        {
            try
            {
                int oldBaud = _port.BaudRate;
                Drain();
                // The last bytes are in the adapter's FIFO, which BytesToWrite does not count.
                Thread.Sleep(1 + FifoCharacters * 10 * 1000 / oldBaud);
                _port.BaudRate = settings.BaudRate;
                _port.DataBits = settings.DataBits;
                _port.StopBits = settings.StopBits == 1 ? StopBits.One : settings.StopBits == 2 ? StopBits.OnePointFive : StopBits.Two;
                _port.Parity = settings.Parity == 1 ? Parity.Odd : settings.Parity == 2 ? Parity.Even : Parity.None;
                _port.Handshake = settings.FlowControl == 3 ? Handshake.RequestToSend : Handshake.None;
                return SettingResult.Applied;
            }
            catch (Exception e) when (e is IOException || e is InvalidOperationException || e is ArgumentException || e is UnauthorizedAccessException)
            {
                return SettingResult.Refused(_port.PortName + ": " + e.Message);
            }
        }
    }

    private void Drain()
    {
        long deadline = Environment.TickCount64 + DrainTimeoutMs;
        _port.BaseStream.Flush();
        while (_port.BytesToWrite > 0 && Environment.TickCount64 < deadline)
        {
            Thread.Sleep(DrainPollMs);
        }
    }

    public void Dispose()
    {
        lock (_sync)
        {
            _port.Dispose();
        }
    }

    private void Reopen(CancellationToken stop)
    {
        lock (_sync)
        {
            _port.Close();
        }
        while (!stop.WaitHandle.WaitOne(ReopenDelayMs))
        {
            try
            {
                lock (_sync)
                {
                    _port.Open();
                }
                _log.Write("uart: " + _port.PortName + " is back");
                return;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
            }
        }
    }
}
