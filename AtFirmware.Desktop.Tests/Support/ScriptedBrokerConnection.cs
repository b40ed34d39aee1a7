using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Net.Sockets;
using static EspAtNano.Desktop.Tests.Support.MqttWire;

namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>
    /// One client of a <see cref="ScriptedBroker"/>. Its own thread reads the client's packets,
    /// records them and answers as a broker must: CONNECT → CONNACK (accepted), SUBSCRIBE →
    /// SUBACK granting the QoS asked for, UNSUBSCRIBE → UNSUBACK, PINGREQ → PINGRESP, PUBLISH at
    /// QoS 1 → PUBACK, at QoS 2 → PUBREC, PUBREL → PUBCOMP. The test adds raw bytes with
    /// <see cref="Send"/> and hangs up with <see cref="Close"/>; disposing the broker closes every
    /// connection.
    /// </summary>
    public sealed class ScriptedBrokerConnection : IDisposable
    {
        private readonly ScriptedBroker _broker;
        private readonly int _number;
        private readonly Socket _socket;
        private readonly NetworkStream _stream;
        private readonly Thread _reader;
        private readonly object _writing = new object();
        private readonly List<WirePacket> _received = new List<WirePacket>();
        private bool _ended;
        private volatile bool _silentOnPublish;

        internal ScriptedBrokerConnection(ScriptedBroker broker, int number, Socket socket)
        {
            _broker = broker;
            _number = number;
            _socket = socket;
            _socket.NoDelay = true;
            _stream = new NetworkStream(socket, false);
            _reader = new Thread(ReadLoop) { IsBackground = true, Name = "ScriptedBroker connection " + number };
        }

        internal void Start()
        {
            _reader.Start();
        }

        /// <summary>Sends these bytes as they are; a connection already gone fails the test.</summary>
        public void Send(byte[] bytes)
        {
            if (!Transmit(bytes, out string? failure))
            {
                throw new AssertFailedException("the scripted broker could not send to client #" + _number + ": " + failure + "\n" + _broker.Log);
            }
        }

        /// <summary>
        /// Sends up to <paramref name="count"/> zero bytes (say, the body of a PUBLISH whose header
        /// went before) for as long as the client takes them; stops quietly when the client hangs
        /// up or stops reading for <see cref="ScriptedBroker.DefaultTimeout"/>. Returns how many went out.
        /// </summary>
        public long SendFiller(long count)
        {
            _broker.Write(_number, "-> up to " + count + " zero bytes");
            byte[] chunk = new byte[64 * 1024];
            long sent = 0;
            try
            {
                _socket.SendTimeout = (int)ScriptedBroker.DefaultTimeout.TotalMilliseconds;
                while (sent < count)
                {
                    int n = (int)Math.Min(chunk.Length, count - sent);
                    lock (_writing)
                    {
                        _stream.Write(chunk, 0, n);
                    }
                    sent += n;
                }
            }
            catch (Exception e) when (e is IOException || e is ObjectDisposedException || e is SocketException)
            {
                _broker.Write(_number, "filler stopped after " + sent + " bytes: " + e.Message);
            }
            return sent;
        }

        /// <summary>Hangs up at once, without an MQTT word.</summary>
        public void Close()
        {
            _broker.Write(_number, "closed by the broker");
            try
            {
                _socket.Shutdown(SocketShutdown.Both);
            }
            catch (Exception e) when (e is SocketException || e is ObjectDisposedException)
            {
                // Already gone.
            }
            Dispose();
        }

        /// <summary>Releases the socket without a shutdown: <see cref="Close"/> is the hang-up.</summary>
        public void Dispose()
        {
            _stream.Dispose();
            _socket.Dispose();
        }

        /// <summary>The first packet of <paramref name="type"/> the client sent that no earlier call took; fails the test when none comes in time.</summary>
        public WirePacket WaitFor(int type, TimeSpan? timeout = null)
        {
            TimeSpan limit = timeout ?? ScriptedBroker.DefaultTimeout;
            Stopwatch watch = Stopwatch.StartNew();
            lock (_received)
            {
                while (true)
                {
                    int at = _received.FindIndex(p => p.Type == type);
                    if (at >= 0)
                    {
                        WirePacket packet = _received[at];
                        _received.RemoveAt(at);
                        return packet;
                    }
                    TimeSpan left = limit - watch.Elapsed;
                    if (_ended || left <= TimeSpan.Zero)
                    {
                        throw new AssertFailedException("client #" + _number + " sent no packet of type " + type
                            + (_ended ? " before the connection ended" : " within " + limit) + "\n" + _broker.Log);
                    }
                    Monitor.Wait(_received, left);
                }
            }
        }

        /// <summary>Waits until the client hangs up (or the connection is closed); fails the test when it does not in time.</summary>
        public void WaitUntilEnded(TimeSpan? timeout = null)
        {
            TimeSpan limit = timeout ?? ScriptedBroker.DefaultTimeout;
            Stopwatch watch = Stopwatch.StartNew();
            lock (_received)
            {
                while (!_ended)
                {
                    TimeSpan left = limit - watch.Elapsed;
                    if (left <= TimeSpan.Zero)
                    {
                        throw new AssertFailedException("client #" + _number + " was still connected after " + limit + "\n" + _broker.Log);
                    }
                    Monitor.Wait(_received, left);
                }
            }
        }

        private void ReadLoop()
        {
            string end = "the client hung up";
            try
            {
                WirePacket? packet;
                while ((packet = Read(_stream)) != null)
                {
                    _broker.Write(_number, "<- " + packet);
                    lock (_received)
                    {
                        _received.Add(packet);
                        Monitor.PulseAll(_received);
                    }
                    if (!Answer(packet))
                    {
                        break;
                    }
                }
            }
            catch (Exception e)
            {
                // Also a script that failed: this thread is the broker's, not the test's, and must not take the test run down.
                end = "the connection ended: " + e.GetType().Name + ": " + e.Message;
            }
            _broker.Write(_number, end);
            lock (_received)
            {
                _ended = true;
                Monitor.PulseAll(_received);
            }
        }

        private bool Transmit(byte[] bytes, [NotNullWhen(false)] out string? failure)
        {
            _broker.Write(_number, "-> " + AtHost.Escape(bytes, 0, Math.Min(bytes.Length, 200)) + (bytes.Length > 200 ? "… (" + bytes.Length + " bytes)" : ""));
            try
            {
                lock (_writing)
                {
                    _stream.Write(bytes);
                }
                failure = null;
                return true;
            }
            catch (Exception e) when (e is IOException || e is ObjectDisposedException)
            {
                failure = e.Message;
                _broker.Write(_number, "not sent: " + failure);
                return false;
            }
        }

        /// <summary>From now on, a PUBLISH from the client gets no PUBACK or PUBREC: a broker that loses the acknowledgement.</summary>
        public void StopAcknowledgingPublishes()
        {
            _silentOnPublish = true;
        }

        /// <summary>What a broker answers on its own; false once the client said DISCONNECT or is gone.</summary>
        private bool Answer(WirePacket packet)
        {
            switch (packet.Type)
            {
                case MqttWire.Connect:
                    if (!Transmit(ConnAckPacket(), out _))
                    {
                        return false;
                    }
                    _broker.OnConnAckSent(this);
                    return true;
                case MqttWire.Subscribe:
                    return Transmit(Packet(SubAck, 0, Concat(TwoBytes(packet.PacketId), GrantedQos(packet.Body))), out _);
                case MqttWire.Unsubscribe:
                    return Transmit(Packet(UnsubAck, 0, TwoBytes(packet.PacketId)), out _);
                case PingReq:
                    return Transmit(Packet(PingResp, 0), out _);
                case MqttWire.Publish when _silentOnPublish:
                    return true;
                case MqttWire.Publish when packet.Qos == 1:
                    return Transmit(Packet(PubAck, 0, TwoBytes(packet.PacketId)), out _);
                case MqttWire.Publish when packet.Qos == 2:
                    return Transmit(Packet(PubRec, 0, TwoBytes(packet.PacketId)), out _);
                case PubRel:
                    return Transmit(Packet(PubComp, 0, TwoBytes(packet.PacketId)), out _);
                case MqttWire.Disconnect:
                    return false;
                default:
                    return true;
            }
        }

        /// <summary>SUBSCRIBE's payload is (topic length, topic, requested QoS) repeated after the packet id.</summary>
        private static byte[] GrantedQos(byte[] body)
        {
            List<byte> granted = new List<byte>();
            int at = 2;
            while (at + 2 < body.Length)
            {
                at += 2 + (body[at] << 8 | body[at + 1]);
                granted.Add((byte)(body[at] & 3));
                at++;
            }
            return granted.ToArray();
        }
    }
}
