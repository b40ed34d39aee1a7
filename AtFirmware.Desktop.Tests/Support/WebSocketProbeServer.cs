using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>
    /// A plain-TCP "WebSocket server" that only reads the client's HTTP upgrade request (request
    /// line and headers), records it and closes, so the client's connect fails.
    /// </summary>
    public sealed class WebSocketProbeServer : IDisposable
    {
        private readonly TcpListener _listener;
        private readonly BlockingCollection<string> _requests = new BlockingCollection<string>();
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();

        private WebSocketProbeServer()
        {
            _listener = new TcpListener(IPAddress.Loopback, 0);
            _listener.Start();
            Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
            _ = AcceptLoop();
        }

        public int Port { get; }

        public static WebSocketProbeServer Start()
        {
            return new WebSocketProbeServer();
        }

        /// <summary>The next request head (everything before the blank line), lines split on CRLF.</summary>
        public string[] WaitForRequest(TimeSpan timeout)
        {
            if (_requests.TryTake(out string? head, timeout))
            {
                return head.Split("\r\n");
            }
            throw new AssertFailedException("no HTTP request reached the probe on port " + Port + " within " + timeout);
        }

        private async Task AcceptLoop()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(_stop.Token);
                }
                catch (Exception)
                {
                    return;
                }
                _ = Task.Run(() => Read(client));
            }
        }

        private void Read(TcpClient client)
        {
            using (client)
            {
                try
                {
                    NetworkStream stream = client.GetStream();
                    stream.ReadTimeout = 20000;
                    List<byte> head = new List<byte>();
                    while (head.Count < 65536)
                    {
                        int b = stream.ReadByte();
                        if (b < 0)
                        {
                            break;
                        }
                        head.Add((byte)b);
                        int n = head.Count;
                        if (n >= 4 && head[n - 4] == '\r' && head[n - 3] == '\n' && head[n - 2] == '\r' && head[n - 1] == '\n')
                        {
                            head.RemoveRange(n - 4, 4);
                            break;
                        }
                    }
                    _requests.Add(Encoding.Latin1.GetString(head.ToArray()));
                }
                catch (IOException)
                {
                }
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            _stop.Dispose();
        }
    }
}
