using System.IO.Ports;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Uart;

/// <summary>
/// A real serial port, 8N1 without flow control, so a board wired to a USB-UART adapter talks to
/// the module. Unplugging the adapter does not end the module: the port is reopened once it is back.
/// </summary>
public sealed class SerialUart : IUart
{
    // Reads time out so that a stop request is seen without closing the port under the reader.
    private const int ReadTimeoutMs = 200;
    private const int WriteTimeoutMs = 2000;
    private const int ReopenDelayMs = 1000;

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
