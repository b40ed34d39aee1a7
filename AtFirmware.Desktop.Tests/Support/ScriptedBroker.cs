using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>
    /// A fake MQTT 3.1.1 broker on 127.0.0.1 (plain TCP, a free port) for the broker behaviour
    /// no real broker shows: each client gets a <see cref="ScriptedBrokerConnection"/> that
    /// answers CONNECT with CONNACK and keeps the protocol going on its own (SUBACK, UNSUBACK,
    /// PINGRESP, PUBACK …), while the test sends whatever raw bytes it likes and reads what the
    /// client sent. What must happen at once after CONNACK (hanging up, say), before the test
    /// could react, is given to <see cref="Start"/>.
    /// </summary>
    /// <example>
    /// <code>
    /// using ScriptedBroker broker = ScriptedBroker.Start();
    /// … AT+MQTTCONN to broker.Port …
    /// ScriptedBrokerConnection client = broker.NextConnection();
    /// client.Send(MqttWire.PublishPacket("a/b", "hello"));
    ///
    /// using ScriptedBroker deadEnd = ScriptedBroker.Start(client => client.Close());
    /// </code>
    /// </example>
    public sealed class ScriptedBroker : IDisposable
    {
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

        private readonly TcpListener _listener;
        private readonly Action<ScriptedBrokerConnection> _afterConnAck;
        private readonly BlockingCollection<ScriptedBrokerConnection> _connected = new BlockingCollection<ScriptedBrokerConnection>();
        private readonly List<ScriptedBrokerConnection> _all = new List<ScriptedBrokerConnection>();
        private readonly StringBuilder _log = new StringBuilder();
        private readonly Thread _acceptor;
        private int _accepted;

        private ScriptedBroker(Action<ScriptedBrokerConnection>? afterConnAck)
        {
            _afterConnAck = afterConnAck ?? (_ => { });
            _listener = new TcpListener(IPAddress.Loopback, 0);
            _listener.Start();
            Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
            _acceptor = new Thread(AcceptLoop) { IsBackground = true, Name = "ScriptedBroker accept" };
            _acceptor.Start();
        }

        /// <param name="afterConnAck">Runs on the connection's own thread right after each CONNACK is sent.</param>
        public static ScriptedBroker Start(Action<ScriptedBrokerConnection>? afterConnAck = null)
        {
            return new ScriptedBroker(afterConnAck);
        }

        public int Port { get; }

        /// <summary>How many TCP connections were accepted so far.</summary>
        public int Accepted => Volatile.Read(ref _accepted);

        /// <summary>What every connection sent and was sent, for failure messages.</summary>
        public string Log
        {
            get { lock (_log) { return _log.ToString(); } }
        }

        /// <summary>The next client whose CONNECT was answered (after <c>afterConnAck</c> ran); fails the test when none comes in time.</summary>
        public ScriptedBrokerConnection NextConnection(TimeSpan? timeout = null)
        {
            TimeSpan limit = timeout ?? DefaultTimeout;
            if (_connected.TryTake(out ScriptedBrokerConnection? connection, limit))
            {
                return connection;
            }
            throw new AssertFailedException("no client connected to the scripted broker on port " + Port + " within " + limit + "\n" + Log);
        }

        internal void Write(int connection, string line)
        {
            lock (_log)
            {
                if (_log.Length > 200_000)
                {
                    _log.Remove(0, 100_000);
                }
                _log.Append('#').Append(connection).Append(' ').Append(line).Append('\n');
            }
        }

        internal void OnConnAckSent(ScriptedBrokerConnection connection)
        {
            _afterConnAck(connection);
            _connected.Add(connection);
        }

        private void AcceptLoop()
        {
            while (true)
            {
                Socket socket;
                try
                {
                    socket = _listener.AcceptSocket();
                }
                catch (Exception e) when (e is SocketException || e is ObjectDisposedException || e is InvalidOperationException)
                {
                    return; // Stopped.
                }
                int number = Interlocked.Increment(ref _accepted);
                ScriptedBrokerConnection connection = new ScriptedBrokerConnection(this, number, socket);
                lock (_all)
                {
                    _all.Add(connection);
                }
                connection.Start();
            }
        }

        public void Dispose()
        {
            _listener.Stop();
            _acceptor.Join(TimeSpan.FromSeconds(5));
            lock (_all)
            {
                _all.ForEach(c => c.Close());
            }
            _connected.Dispose();
        }
    }
}
