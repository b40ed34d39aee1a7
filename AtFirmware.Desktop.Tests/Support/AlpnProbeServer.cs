using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>
    /// A TLS "server" that only listens to the ClientHello: it records the ALPN protocols and
    /// the server name each connecting client offers, then closes the connection, so the
    /// client's connect fails. Listens on 127.0.0.1 and, where it can, on [::1] with the same
    /// port, so that a client connecting to "localhost" reaches it whichever address it tries.
    /// </summary>
    public sealed class AlpnProbeServer : IDisposable
    {
        private readonly List<TcpListener> _listeners = new List<TcpListener>();
        private readonly BlockingCollection<ClientHello> _hellos = new BlockingCollection<ClientHello>();
        private readonly ConcurrentQueue<string> _problems = new ConcurrentQueue<string>();
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();

        private AlpnProbeServer()
        {
        }

        public int Port { get; private set; }

        public static AlpnProbeServer Start()
        {
            AlpnProbeServer probe = new AlpnProbeServer();
            TcpListener v4 = new TcpListener(IPAddress.Loopback, 0);
            v4.Start();
            probe.Port = ((IPEndPoint)v4.LocalEndpoint).Port;
            probe._listeners.Add(v4);
            if (Socket.OSSupportsIPv6)
            {
                try
                {
                    TcpListener v6 = new TcpListener(IPAddress.IPv6Loopback, probe.Port);
                    v6.Server.DualMode = false;
                    v6.Start();
                    probe._listeners.Add(v6);
                }
                catch (SocketException)
                {
                    // No IPv6 loopback here: clients reach the probe over 127.0.0.1 only.
                }
            }
            foreach (TcpListener l in probe._listeners)
            {
                _ = probe.AcceptLoop(l);
            }
            return probe;
        }

        /// <summary>The next ClientHello a client sent; fails the test when none came in time.</summary>
        public ClientHello WaitForHello(TimeSpan timeout)
        {
            if (_hellos.TryTake(out ClientHello? hello, timeout))
            {
                return hello;
            }
            throw new AssertFailedException("no TLS ClientHello reached the probe on port " + Port + " within " + timeout
                + (_problems.IsEmpty ? "" : "; problems: " + string.Join("; ", _problems)));
        }

        private async Task AcceptLoop(TcpListener listener)
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await listener.AcceptTcpClientAsync(_stop.Token);
                }
                catch (Exception) when (_stop.IsCancellationRequested)
                {
                    return;
                }
                catch (SocketException e)
                {
                    _problems.Enqueue(e.Message);
                    continue;
                }
                _ = Task.Run(() => Probe(client));
            }
        }

        private void Probe(TcpClient client)
        {
            using (client)
            {
                try
                {
                    NetworkStream stream = client.GetStream();
                    stream.ReadTimeout = 20000;
                    _hellos.Add(ClientHello.Read(stream));
                }
                catch (Exception e)
                {
                    _problems.Enqueue(e.GetType().Name + ": " + e.Message);
                }
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            foreach (TcpListener l in _listeners)
            {
                l.Stop();
            }
            _stop.Dispose();
        }
    }
}
