using System.Net;
using System.Net.Sockets;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Uart;

/// <summary>
/// The UART as a TCP server with one host at a time: a second connection waits in the listen
/// queue until the current host disconnects, so a test that reconnects quickly is never refused.
/// The module keeps running between hosts, MQTT link included; what it prints while no host is
/// connected is dropped, as on a TX line nobody listens to. A connected host that stops reading
/// keeps its connection: once the socket's buffers are full, output is dropped until it reads
/// again, as bytes are lost on a UART whose receiver does not keep up (no flow control).
/// </summary>
public sealed class TcpUart : IUart
{
    // A host that stops reading stalls the module at most this long before output is dropped.
    private const int SendTimeoutMs = 1000;
    // How often a host that has stopped sending is checked for a successor.
    private const int SuccessorPollMs = 100;

    private readonly TcpListener _listener;
    private readonly ILog _log;
    private readonly object _sync = new object();
    private Socket? _host;
    // The host is not reading: writes are dropped, without waiting, until its socket has room again.
    private bool _dropping;

    private TcpUart(TcpListener listener, ILog log)
    {
        _listener = listener;
        _log = log;
    }

    public static TcpUart Listen(string host, int port, ILog log)
    {
        TcpListener listener = new TcpListener(Resolve(host), port);
        listener.Start();
        return new TcpUart(listener, log);
    }

    public string Description { get { return "tcp " + _listener.LocalEndpoint; } }

    public void Run(IUartReceiver receiver, CancellationToken stop)
    {
        using (stop.Register(Close))
        {
            while (!stop.IsCancellationRequested)
            {
                Socket host;
                try
                {
                    host = _listener.AcceptSocket();
                }
                catch (Exception e) when (e is SocketException || e is ObjectDisposedException || e is InvalidOperationException)
                {
                    if (!stop.IsCancellationRequested)
                    {
                        _log.Write("uart: accepting a host failed: " + e.Message);
                        stop.WaitHandle.WaitOne(100);
                    }
                    continue;
                }
                Serve(host, receiver, stop);
            }
        }
    }

    public void Write(byte[] data, int offset, int count)
    {
        lock (_sync)
        {
            if (_host == null || (_dropping && !_host.Poll(0, SelectMode.SelectWrite)))
            {
                return;
            }
            try
            {
                _host.Send(data, offset, count, SocketFlags.None);
                _dropping = false;
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.TimedOut || e.SocketErrorCode == SocketError.WouldBlock)
            {
                // Not a reason to hang up: the host may read again, and then it gets what follows.
                if (!_dropping)
                {
                    _dropping = true;
                    _log.Write("uart: host not reading, output dropped until it reads again");
                }
            }
            catch (Exception e) when (e is SocketException || e is ObjectDisposedException)
            {
                // The host is gone. Closing the socket ends its read loop, which then takes the next host.
                _log.Write("uart: host gone (" + e.Message + "), dropping it");
                _host.Dispose();
                _host = null;
            }
        }
    }

    public void Dispose()
    {
        Close();
    }

    private void Serve(Socket host, IUartReceiver receiver, CancellationToken stop)
    {
        // An accepted socket knows its peer; the fallback only keeps the log line whole.
        string peer = host.RemoteEndPoint?.ToString() ?? "(unknown peer)";
        host.NoDelay = true;
        host.SendTimeout = SendTimeoutMs;
        lock (_sync)
        {
            _host = host;
            _dropping = false;
        }
        _log.Write("uart: host " + peer + " connected");
        byte[] buffer = new byte[4096];
        try
        {
            receiver.HostAttached();
            int count;
            while ((count = host.Receive(buffer)) > 0)
            {
                receiver.Received(buffer, count);
            }
            AwaitAnswerOrSuccessor(receiver, stop);
        }
        catch (Exception e) when (e is SocketException || e is ObjectDisposedException)
        {
            _log.Write("uart: host " + peer + ": " + e.Message);
        }
        finally
        {
            lock (_sync)
            {
                if (_host == host)
                {
                    _host = null;
                }
            }
            host.Dispose();
            _log.Write("uart: host " + peer + " disconnected");
        }
    }

    /// <summary>
    /// The host has stopped sending, but it may still read (printf … | nc -N shuts down only its
    /// sending side): the command it left running answers it, unless another host is waiting for
    /// the line, which then takes over at once.
    /// </summary>
    private void AwaitAnswerOrSuccessor(IUartReceiver receiver, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested && !receiver.WaitAnswered(SuccessorPollMs) && !_listener.Pending())
            {
            }
        }
        catch (InvalidOperationException)
        {
            // The listener stopped: the twin is stopping.
        }
    }

    private void Close()
    {
        _listener.Stop();
        lock (_sync)
        {
            _host?.Dispose();
            _host = null;
        }
    }

    private static IPAddress Resolve(string host)
    {
        if (IPAddress.TryParse(host, out IPAddress? address))
        {
            return address;
        }
        IPAddress[] addresses = Dns.GetHostAddresses(host);
        return addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork)
            ?? addresses.FirstOrDefault()
            ?? throw new IOException("cannot resolve " + host);
    }
}
