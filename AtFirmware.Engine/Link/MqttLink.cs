using System.Threading;
using EspAtNano.Engine.Commands.Mqtt;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Link
{
    /// <summary>
    /// Link 0: its state (through LinkStateMachine, docs/link-states.md), its configuration, topic table, and
    /// the connection's life — connect with topic restore, loss, automatic reconnect, clean.
    /// Commands parse their parameters and call in here; every change of configuration or state
    /// happens in here, under the link's lock, and a refused one returns its documented error code.
    /// The MQTT client's thread reports in through IMqttLinkListener. Nothing that can block
    /// (the MQTT client, certificate storage, the output's back-pressure) is called under the
    /// lock. Lock order: this link, then the output; never the other way round.
    /// </summary>
    internal sealed class MqttLink : IMqttLinkListener
    {
        private readonly object _sync = new object();
        private readonly IMqttClientPort _mqtt;
        // The same client, where it can also publish by callback; else null.
        private readonly IMqttPublishStarter _publishStarter;
        /// <summary>Null on a platform without Wi-Fi commands, whose network is always up.</summary>
        private readonly IWifiPort _wifi;
        private readonly ILog _log;
        private readonly AtOutput _output;
        private readonly EngineOptions _options;
        private readonly ConnectRequestBuilder _requests;
        private readonly LinkStateMachine _machine = new LinkStateMachine();
        private readonly LinkConfig _config = new LinkConfig();
        private readonly SubscriptionTable _topics;
        private readonly AutoResetEvent _reconnectWake = new AutoResetEvent(false);
        // Set while no connect attempt runs: AT+MQTTCLEAN waits for an attempt it overtook to end,
        // so that attempt can never close or race a link the host makes afterwards.
        private readonly ManualResetEvent _noAttempt = new ManualResetEvent(true);
        // Bumped by clean: a connect or reconnect thread from an older life sees it and gives up.
        private int _generation;
        private bool _connecting;
        private bool _lostWhileConnecting;

        internal MqttLink(ModulePorts ports, AtOutput output, EngineOptions options)
        {
            _mqtt = ports.Mqtt;
            _publishStarter = ports.Mqtt as IMqttPublishStarter;
            _wifi = ports.Wifi;
            _log = ports.Log;
            _output = output;
            _options = options;
            _requests = new ConnectRequestBuilder(ports.Certificates, ports.Clock, ports.Log, options.MaxInboundMessageLength);
            _topics = new SubscriptionTable(options.TopicCapacity);
        }

        internal LinkState State
        {
            get { lock (_sync) { return _machine.State; } }
        }

        /// <summary>
        /// 0 when <paramref name="command"/> is accepted in the current state, else its MQTT error
        /// code. A check before the command's work, not under the lock: the state may change the
        /// moment it is read either way (a change that must agree with the check takes the lock and
        /// checks again), and a lock costs ~2,300 native instructions on the interpreter, per publish.
        /// </summary>
        internal int Refusal(LinkCommand command)
        {
            return _machine.Refusal(command, _config.Reconnect);
        }

        /// <summary>AT+MQTTUSERCFG: replaces the user configuration; state 1.</summary>
        internal int SetUserConfig(int scheme, byte[] clientId, byte[] username, byte[] password, int certKeyId, int caId, byte[] path)
        {
            lock (_sync)
            {
                int refusal = _machine.Refusal(LinkCommand.UserConfig, _config.Reconnect);
                if (refusal == 0)
                {
                    _config.Scheme = scheme;
                    _config.ClientId = clientId;
                    _config.Username = username;
                    _config.Password = password;
                    _config.CertKeyId = certKeyId;
                    _config.CaId = caId;
                    _config.Path = path;
                    _machine.UserConfigured();
                }
                return refusal;
            }
        }

        internal int SetCredential(Credential field, byte[] value)
        {
            lock (_sync)
            {
                int refusal = _machine.Refusal(LinkCommand.ConfigDetail, _config.Reconnect);
                if (refusal == 0)
                {
                    if (field == Credential.ClientId)
                    {
                        _config.ClientId = value;
                    }
                    else if (field == Credential.Username)
                    {
                        _config.Username = value;
                    }
                    else
                    {
                        _config.Password = value;
                    }
                }
                return refusal;
            }
        }

        internal int SetAlpn(byte[][] protocols)
        {
            lock (_sync)
            {
                int refusal = _machine.Refusal(LinkCommand.ConfigDetail, _config.Reconnect);
                if (refusal == 0)
                {
                    _config.Alpn = protocols;
                }
                return refusal;
            }
        }

        internal int SetServerName(byte[] name)
        {
            lock (_sync)
            {
                int refusal = _machine.Refusal(LinkCommand.ConfigDetail, _config.Reconnect);
                if (refusal == 0)
                {
                    _config.ServerName = name;
                }
                return refusal;
            }
        }

        /// <summary>AT+MQTTCONNCFG: keepalive 0 means the default; state 2.</summary>
        internal int SetConnectionConfig(int keepAliveSeconds, bool disableCleanSession, byte[] willTopic, byte[] willMessage,
            int willQos, bool willRetain)
        {
            lock (_sync)
            {
                int refusal = _machine.Refusal(LinkCommand.ConnectionConfig, _config.Reconnect);
                if (refusal == 0)
                {
                    _config.KeepAliveSeconds = keepAliveSeconds == 0 ? LinkConfig.DefaultKeepAliveSeconds : keepAliveSeconds;
                    _config.DisableCleanSession = disableCleanSession;
                    _config.WillTopic = willTopic;
                    _config.WillMessage = willMessage;
                    _config.WillQos = willQos;
                    _config.WillRetain = willRetain;
                    _machine.ConnectionConfigured();
                }
                return refusal;
            }
        }

        /// <summary>AT+MQTTCONN's parameters, stored for this connect and every reconnect; the connect itself is Connect().</summary>
        internal int SetEndpoint(string host, int port, bool reconnect, int timeoutMs)
        {
            lock (_sync)
            {
                int refusal = _machine.Refusal(LinkCommand.Connect, _config.Reconnect);
                if (refusal == 0)
                {
                    _config.Host = host;
                    _config.Port = port;
                    _config.Reconnect = reconnect;
                    _config.ConnectTimeoutMs = timeoutMs;
                }
                return refusal;
            }
        }

        /// <summary>
        /// MQTTCONN: connects with the stored configuration and restores stored topics. Messages
        /// that arrive meanwhile are parked; the caller's response must unpark them after it is
        /// written (Response.UnparkMessagesAfter), so they follow +MQTTCONNECTED.
        /// </summary>
        internal ConnectResult Connect()
        {
            int generation;
            lock (_sync)
            {
                generation = _generation;
            }
            return Establish(generation, true);
        }

        internal MqttRequestResult Publish(byte[] topic, byte[] payload, int qos, bool retain, int timeoutMs)
        {
            return Published(topic, _mqtt.Publish(topic, payload, qos, retain, timeoutMs));
        }

        /// <summary>Whether the MQTT client can publish by callback (StartPublish).</summary>
        internal bool CanStartPublish { get { return _publishStarter != null; } }

        /// <summary>Publish by callback: <paramref name="done"/> gets the result, which the caller passes to Published.</summary>
        internal void StartPublish(byte[] topic, byte[] payload, int qos, bool retain, int timeoutMs, IMqttRequestDone done)
        {
            _publishStarter.StartPublish(topic, payload, qos, retain, timeoutMs, done);
        }

        /// <summary>A publish's result, logged when it failed.</summary>
        internal MqttRequestResult Published(byte[] topic, MqttRequestResult result)
        {
            // Checked here too: on the interpreter the call to Logged costs even for a success.
            return result.Succeeded ? result : Logged("publish to", topic, result);
        }

        /// <summary>Whether a topic is in the table already, or the table is full, before anything is sent.</summary>
        internal SubscriptionCheck CheckSubscription(byte[] topic)
        {
            lock (_sync)
            {
                if (_topics.IndexOf(topic) >= 0)
                {
                    return SubscriptionCheck.AlreadySubscribed;
                }
                return _topics.IsFull ? SubscriptionCheck.TableFull : SubscriptionCheck.New;
            }
        }

        internal bool IsSubscribed(byte[] topic)
        {
            lock (_sync)
            {
                return _topics.IndexOf(topic) >= 0;
            }
        }

        /// <summary>Subscribes and, on a granted SUBACK, stores the topic (state 6).</summary>
        internal MqttRequestResult Subscribe(byte[] topic, int qos, int timeoutMs)
        {
            MqttRequestResult result = Logged("subscribe to", topic, _mqtt.Subscribe(topic, qos, timeoutMs));
            if (!result.Succeeded)
            {
                return result;
            }
            lock (_sync)
            {
                if (_topics.IndexOf(topic) < 0 && !_topics.Add(topic, qos))
                {
                    return MqttRequestResult.Failed(RequestOutcome.Failed, "the topic table is full");
                }
                _machine.Subscribed();
            }
            return result;
        }

        /// <summary>Unsubscribes and, on the UNSUBACK, forgets the topic (state 5 when none is left).</summary>
        internal MqttRequestResult Unsubscribe(byte[] topic, int timeoutMs)
        {
            MqttRequestResult result = Logged("unsubscribe from", topic, _mqtt.Unsubscribe(topic, timeoutMs));
            if (result.Succeeded)
            {
                lock (_sync)
                {
                    _topics.Remove(topic);
                    _machine.Unsubscribed(_topics.Count);
                }
            }
            return result;
        }

        /// <summary>MQTTCLEAN and AT+RST: close the link, forget everything, state 0. No URC.</summary>
        internal void Clean()
        {
            lock (_sync)
            {
                _generation++;
                _machine.Cleaned();
                _config.Clear();
                _topics.Clear();
            }
            _reconnectWake.Set();
            _mqtt.Disconnect();
            // Disconnect cancels an attempt in progress; the longest connect timeout bounds the wait.
            _noAttempt.WaitOne(MqttChecks.MaxTimeoutMs, false);
        }

        /// <summary>+MQTTCONN:0,... as AT+MQTTCONN? prints it (docs/commands/mqtt.md), without the final OK.</summary>
        internal void AppendConnQuery(ByteBuffer b)
        {
            lock (_sync)
            {
                LinkState state = _machine.State;
                b.Append(Urcs.ConnQueryPrefix).AppendDecimal((int)state).Append((byte)',');
                if (state <= LinkState.ConnectionConfigSet)
                {
                    b.AppendDecimal(_config.Scheme).Append(",\"\",\"\",\"\",0");
                }
                else
                {
                    Urcs.AppendEndpoint(b, _config);
                }
                b.Append(ResultCodes.NewLine);
            }
        }

        /// <summary>The +MQTTSUB:0,... lines AT+MQTTSUB? prints (docs/commands/mqtt.md), without the final OK.</summary>
        internal void AppendSubQuery(ByteBuffer b)
        {
            lock (_sync)
            {
                LinkState state = _machine.State;
                if (state <= LinkState.ConnectionConfigSet)
                {
                    b.Append(Urcs.SubQueryPrefix).AppendDecimal((int)state).Append(",\"\",0").Append(ResultCodes.NewLine);
                    return;
                }
                for (int i = 0; i < _topics.Count; i++)
                {
                    b.Append(Urcs.SubQueryPrefix).AppendDecimal((int)state).Append(",\"").Append(_topics.TopicAt(i)).Append("\",")
                        .AppendDecimal(_topics.QosAt(i)).Append(ResultCodes.NewLine);
                }
            }
        }

        /// <summary>+MQTTCONNECTED:... for the stored endpoint.</summary>
        internal void AppendConnectedUrc(ByteBuffer b)
        {
            lock (_sync)
            {
                Urcs.AppendConnected(b, _config);
            }
        }

        void IMqttLinkListener.OnMessage(byte[] topic, byte[] payload, int qos)
        {
            string problem = TopicSafety.Problem(topic);
            if (problem != null)
            {
                _log.Write("mqtt: dropped a message (" + payload.Length.ToString() + " bytes): its topic cannot be written to the UART, "
                    + problem + ": " + UartTrace.Escape(topic, 0, topic.Length));
                return;
            }
            if (payload.Length + topic.Length > _options.MaxInboundMessageLength)
            {
                // The client should have refused it before allocating; this keeps the bound where one does not.
                _log.Write("mqtt: dropped a message of " + payload.Length.ToString() + " bytes: larger than the limit of "
                    + _options.MaxInboundMessageLength.ToString());
                return;
            }
            _output.WriteMessage(Urcs.SubRecv(topic, payload), qos);
        }

        void IMqttLinkListener.OnConnectionLost(string reason)
        {
            int generation;
            lock (_sync)
            {
                if (_connecting)
                {
                    _lostWhileConnecting = true;
                    _log.Write("mqtt: link lost while connecting: " + reason);
                    return;
                }
                if (!_machine.Dropped())
                {
                    return;
                }
                _log.Write("mqtt: link lost: " + reason);
                _output.WriteUrc(Urcs.Disconnected);
                if (!_config.Reconnect)
                {
                    return;
                }
                generation = _generation;
            }
            new Thread(new ReconnectLoop(this, generation).Run).Start();
        }

        /// <summary>
        /// Connect, then subscribe every stored topic again; on any failure the half-open link is
        /// closed. The state changes in the same locked step that ends the attempt, so a loss
        /// reported a moment later always finds the link connected and is told to the host.
        /// </summary>
        /// <param name="manual">AT+MQTTCONN (a failure leaves state 2), not an automatic reconnect (state 3 stays).</param>
        private ConnectResult Establish(int generation, bool manual)
        {
            LinkConfig snapshot;
            lock (_sync)
            {
                _connecting = true;
                _lostWhileConnecting = false;
                snapshot = _config.Copy();
                _noAttempt.Reset();
            }
            _output.ParkMessages();
            ConnectResult result = ConnectResult.Failed(ConnectOutcome.ClientStartFailed, ConnectFailure.Other, "the client failed");
            bool abandoned;
            try
            {
                // Outside the lock: certificate storage and the network may take their time.
                if (manual && _wifi != null && _wifi.Current == null)
                {
                    // Without an IP, firmware's MQTT client cannot even open its socket: AT+MQTTCONN fails at once.
                    // Automatic reconnects are the client's to try: its socket fails the same way on the device.
                    result = ConnectResult.Failed(ConnectOutcome.ClientStartFailed, ConnectFailure.Network, "the station has no IP address");
                }
                else
                {
                    MqttConnectRequest request = _requests.Build(snapshot);
                    result = request == null
                        ? ConnectResult.Failed(ConnectOutcome.TlsFailure, ConnectFailure.Certificate, "a certificate the scheme needs is missing")
                        : _mqtt.Connect(request, snapshot.ConnectTimeoutMs);
                }
                if (result.IsConnected)
                {
                    result = RestoreTopics(snapshot.ConnectTimeoutMs);
                }
            }
            finally
            {
                // Also when the client throws: a flag left set would swallow every later connection loss.
                lock (_sync)
                {
                    _connecting = false;
                    if (result.IsConnected && _lostWhileConnecting)
                    {
                        result = ConnectResult.Failed(ConnectOutcome.ClientStartFailed, ConnectFailure.LinkLost, "the link closed right after CONNACK");
                    }
                    abandoned = generation != _generation;
                    if (!abandoned && result.IsConnected)
                    {
                        _machine.Connected(_topics.Count);
                    }
                    else if (!abandoned && manual)
                    {
                        _machine.ConnectFailed();
                    }
                }
            }
            if (abandoned && result.IsConnected)
            {
                result = ConnectResult.Failed(ConnectOutcome.ClientStartFailed, ConnectFailure.Other, "AT+MQTTCLEAN came first");
            }
            if (!result.IsConnected)
            {
                _log.Write("mqtt: connecting to " + snapshot.Host + ":" + snapshot.Port.ToString() + " failed ("
                    + ConnectFailureNames.Of(result.Reason) + "): " + result.Detail);
                _mqtt.Disconnect();
            }
            _noAttempt.Set();
            return result;
        }

        private ConnectResult RestoreTopics(int timeoutMs)
        {
            for (int i = 0; ; i++)
            {
                byte[] topic;
                int qos;
                lock (_sync)
                {
                    if (i >= _topics.Count)
                    {
                        return ConnectResult.Success;
                    }
                    topic = _topics.TopicAt(i);
                    qos = _topics.QosAt(i);
                }
                MqttRequestResult restored = Logged("subscribe again to", topic, _mqtt.Subscribe(topic, qos, timeoutMs));
                if (!restored.Succeeded)
                {
                    return ConnectResult.Failed(ConnectOutcome.ClientStartFailed, ConnectFailure.LinkLost,
                        "restoring a subscription failed: " + restored.Detail);
                }
            }
        }

        private MqttRequestResult Logged(string what, byte[] topic, MqttRequestResult result)
        {
            if (!result.Succeeded)
            {
                _log.Write("mqtt: " + what + " " + UartTrace.Escape(topic, 0, topic.Length) + " failed ("
                    + RequestOutcomeNames.Of(result.Outcome) + "): " + result.Detail);
            }
            return result;
        }

        /// <summary>Re-establishes a link that was up, until it is back or the link is cleaned.</summary>
        private sealed class ReconnectLoop
        {
            private readonly MqttLink _link;
            private readonly int _generation;

            internal ReconnectLoop(MqttLink link, int generation)
            {
                _link = link;
                _generation = generation;
            }

            internal void Run()
            {
                while (true)
                {
                    _link._reconnectWake.WaitOne(_link._options.ReconnectIntervalMs, false);
                    if (!StillWanted())
                    {
                        return;
                    }
                    ConnectResult result = _link.Establish(_generation, false);
                    ByteBuffer urc = new ByteBuffer(96);
                    lock (_link._sync)
                    {
                        bool current = _generation == _link._generation;
                        if (result.IsConnected && current)
                        {
                            Urcs.AppendConnected(urc, _link._config);
                        }
                        // Parked messages follow +MQTTCONNECTED; after a failed attempt they are still written: they were acknowledged.
                        _link._output.WriteThenUnpark(urc.Data, 0, urc.Length, true);
                        if (result.IsConnected || !current)
                        {
                            return;
                        }
                    }
                }
            }

            private bool StillWanted()
            {
                lock (_link._sync)
                {
                    return _generation == _link._generation && _link._machine.State == LinkState.Disconnected;
                }
            }
        }
    }
}
