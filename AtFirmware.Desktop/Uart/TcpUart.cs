using System.Net;
using System.Net.Sockets;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Uart;

/// <summary>
/// The UART as a TCP server with one host at a time: a second connection waits in the listen
/// queue until the current host disconnects, so a test that reconnects quickly is never refused.
/// The module keeps running between hosts, MQTT link included; what it prints while no host is
/// connected is dropped, as on a TX line nobody listens to.
/// </summary>
public sealed class TcpUart : IUart
{
    // A host that stops reading must not stall the module for longer than this.
    private const int SendTimeoutMs = 5000;

    private readonly TcpListener _listener;
    private readonly ILog _log;
    private readonly object _sync = new object();
    private Socket? _host;

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
                Serve(host, receiver);
            }
        }
    }

    public void Write(byte[] data, int offset, int count)
    {
        lock (_sync)
        {
            if (_host == null)
            {
                return;
            }
            try
            {
                _host.Send(data, offset, count, SocketFlags.None);
            }
            catch (Exception e) when (e is SocketException || e is ObjectDisposedException)
            {
                // Closing the socket ends the host's read loop, which then takes the next host.
                _log.Write("uart: host not reading (" + e.Message + "), dropping it");
                _host.Dispose();
                _host = null;
            }
        }
    }

    public void Dispose()
    {
        Close();
    }

    private void Serve(Socket host, IUartReceiver receiver)
    {
        // An accepted socket knows its peer; the fallback only keeps the log line whole.
        string peer = host.RemoteEndPoint?.ToString() ?? "(unknown peer)";
        host.NoDelay = true;
        host.SendTimeout = SendTimeoutMs;
        lock (_sync)
        {
            _host = host;
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
