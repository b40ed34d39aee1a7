using System.Threading;

namespace EspAtNano.Engine
{
    /// <summary>
    /// Link 0: its state (SPEC §2), configuration, topic table, and the connection's life —
    /// connect with topic restore, loss, automatic reconnect, clean. Commands validate and then
    /// call in here; the MQTT client's thread reports in through IMqttLinkListener. Lock order:
    /// this link, then the output; never the other way round.
    /// </summary>
    public sealed class MqttLink : IMqttLinkListener
    {
        private const string CaFile = "mqtt_ca";
        private const string CertFile = "mqtt_cert";
        private const string KeyFile = "mqtt_key";

        private readonly object _sync = new object();
        private readonly ModulePorts _ports;
        private readonly AtOutput _output;
        private readonly EngineOptions _options;
        private readonly AutoResetEvent _reconnectWake = new AutoResetEvent(false);
        private int _state;
        // Bumped by clean: a reconnect thread from an older life sees it and gives up.
        private int _generation;
        private bool _connecting;
        private bool _lostWhileConnecting;

        public MqttLink(ModulePorts ports, AtOutput output, EngineOptions options)
        {
            _ports = ports;
            _output = output;
            _options = options;
            Config = new LinkConfig();
            Topics = new SubscriptionTable(options.TopicCapacity);
        }

        public readonly LinkConfig Config;
        public readonly SubscriptionTable Topics;

        /// <summary>Held by commands that read or change configuration as one step.</summary>
        public object SyncRoot { get { return _sync; } }

        public int State
        {
            get { lock (_sync) { return _state; } }
        }

        public void SetState(int state)
        {
            lock (_sync)
            {
                _state = state;
            }
        }

        /// <summary>MQTTCONN: connects with the stored configuration and restores stored topics.</summary>
        public ConnectOutcome Connect()
        {
            int generation;
            lock (_sync)
            {
                generation = _generation;
            }
            ConnectOutcome outcome = Establish(generation);
            lock (_sync)
            {
                if (generation == _generation)
                {
                    _state = outcome == ConnectOutcome.Connected ? ConnectedState() : LinkState.ConnectionConfigSet;
                }
            }
            return outcome;
        }

        public bool Publish(byte[] topic, byte[] payload, int qos, bool retain, int timeoutMs)
        {
            return _ports.Mqtt.Publish(topic, payload, qos, retain, timeoutMs);
        }

        /// <summary>Subscribes and, on a granted SUBACK, stores the topic; false when refused or failed.</summary>
        public bool Subscribe(byte[] topic, int qos, int timeoutMs)
        {
            if (_ports.Mqtt.Subscribe(topic, qos, timeoutMs) < 0)
            {
                return false;
            }
            lock (_sync)
            {
                if (Topics.IndexOf(topic) < 0 && !Topics.Add(topic, qos))
                {
                    return false;
                }
                if (LinkState.IsConnected(_state))
                {
                    _state = LinkState.ConnectedSubscribed;
                }
            }
            return true;
        }

        public bool Unsubscribe(byte[] topic, int timeoutMs)
        {
            if (!_ports.Mqtt.Unsubscribe(topic, timeoutMs))
            {
                return false;
            }
            lock (_sync)
            {
                Topics.Remove(topic);
                if (Topics.Count == 0 && LinkState.IsConnected(_state))
                {
                    _state = LinkState.ConnectedNoSubscription;
                }
            }
            return true;
        }

        /// <summary>MQTTCLEAN and AT+RST: close the link, forget everything, state 0. No URC.</summary>
        public void Clean()
        {
            lock (_sync)
            {
                _generation++;
                _state = LinkState.NotInitialised;
                Config.Clear();
                Topics.Clear();
            }
            _reconnectWake.Set();
            _ports.Mqtt.Disconnect();
        }

        public void OnMessage(byte[] topic, byte[] payload)
        {
            _output.WriteUrc(Urcs.SubRecv(topic, payload));
        }

        public void OnConnectionLost()
        {
            lock (_sync)
            {
                if (_connecting)
                {
                    _lostWhileConnecting = true;
                    return;
                }
                if (!LinkState.IsConnected(_state))
                {
                    return;
                }
                _state = LinkState.Disconnected;
                _output.WriteUrc(Urcs.Disconnected);
                if (Config.Reconnect)
                {
                    int generation = _generation;
                    new Thread(new ReconnectLoop(this, generation).Run).Start();
                }
            }
        }

        /// <summary>Connect, then subscribe every stored topic again; on any failure the half-open link is closed.</summary>
        private ConnectOutcome Establish(int generation)
        {
            MqttConnectRequest request;
            lock (_sync)
            {
                _connecting = true;
                _lostWhileConnecting = false;
                request = BuildRequest();
            }
            ConnectOutcome outcome = request == null
                ? ConnectOutcome.TlsFailure
                : _ports.Mqtt.Connect(request, Config.ConnectTimeoutMs);
            if (outcome == ConnectOutcome.Connected && !RestoreTopics())
            {
                outcome = ConnectOutcome.ClientStartFailed;
            }
            bool abandoned;
            lock (_sync)
            {
                _connecting = false;
                if (outcome == ConnectOutcome.Connected && _lostWhileConnecting)
                {
                    outcome = ConnectOutcome.ClientStartFailed;
                }
                abandoned = generation != _generation;
            }
            if (outcome != ConnectOutcome.Connected || abandoned)
            {
                _ports.Mqtt.Disconnect();
            }
            return abandoned ? ConnectOutcome.ClientStartFailed : outcome;
        }

        private bool RestoreTopics()
        {
            int count;
            lock (_sync)
            {
                count = Topics.Count;
            }
            for (int i = 0; i < count; i++)
            {
                byte[] topic;
                int qos;
                lock (_sync)
                {
                    if (i >= Topics.Count)
                    {
                        break;
                    }
                    topic = Topics.TopicAt(i);
                    qos = Topics.QosAt(i);
                }
                if (_ports.Mqtt.Subscribe(topic, qos, Config.ConnectTimeoutMs) < 0)
                {
                    return false;
                }
            }
            return true;
        }

        private int ConnectedState()
        {
            return Topics.Count > 0 ? LinkState.ConnectedSubscribed : LinkState.Connected;
        }

        /// <summary>The request for the stored configuration, or null when a certificate it needs cannot be had.</summary>
        private MqttConnectRequest BuildRequest()
        {
            LinkConfig c = Config;
            MqttConnectRequest r = new MqttConnectRequest();
            r.Scheme = c.Scheme;
            r.Host = c.Host;
            r.Port = c.Port;
            r.Path = c.ShownPath();
            r.ClientId = c.ClientId;
            r.Username = c.Username;
            r.Password = c.Password;
            r.KeepAliveSeconds = c.KeepAliveSeconds;
            r.CleanSession = !c.DisableCleanSession;
            if (c.WillTopic.Length > 0)
            {
                r.WillTopic = c.WillTopic;
                r.WillMessage = c.WillMessage;
                r.WillQos = c.WillQos;
                r.WillRetain = c.WillRetain;
            }
            if (SchemeKind.IsTls(c.Scheme))
            {
                r.Alpn = c.Alpn;
                r.ServerName = c.ServerName.Length > 0 ? c.ServerName : null;
            }
            else
            {
                r.Alpn = new byte[0][];
            }
            if (SchemeKind.VerifiesServer(c.Scheme))
            {
                if (!_ports.Clock.IsSynchronised)
                {
                    _ports.Log.Write("MQTTCONN: the clock is not synchronised, cannot verify the server certificate");
                    return null;
                }
                r.CaCertificate = ReadCertificate(CaFile, c.CaId);
                if (r.CaCertificate == null)
                {
                    return null;
                }
            }
            if (SchemeKind.PresentsClientCertificate(c.Scheme))
            {
                r.ClientCertificate = ReadCertificate(CertFile, c.CertKeyId);
                r.ClientKey = ReadCertificate(KeyFile, c.CertKeyId);
                if (r.ClientCertificate == null || r.ClientKey == null)
                {
                    return null;
                }
            }
            return r;
        }

        private byte[] ReadCertificate(string baseName, int id)
        {
            string fileName = id == 0 ? baseName + ".pem" : baseName + "_" + id.ToString() + ".pem";
            byte[] contents = _ports.Certificates.Read(fileName);
            if (contents == null || contents.Length == 0)
            {
                _ports.Log.Write("MQTTCONN: certificate file " + fileName + " is missing");
                return null;
            }
            return contents;
        }

        /// <summary>Re-establishes a link that was up, until it is back or the link is cleaned.</summary>
        private sealed class ReconnectLoop
        {
            private readonly MqttLink _link;
            private readonly int _generation;

            public ReconnectLoop(MqttLink link, int generation)
            {
                _link = link;
                _generation = generation;
            }

            public void Run()
            {
                while (true)
                {
                    _link._reconnectWake.WaitOne(_link._options.ReconnectIntervalMs, false);
                    lock (_link._sync)
                    {
                        if (_generation != _link._generation || _link._state != LinkState.Disconnected)
                        {
                            return;
                        }
                    }
                    if (_link.Establish(_generation) != ConnectOutcome.Connected)
                    {
                        continue;
                    }
                    lock (_link._sync)
                    {
                        if (_generation != _link._generation)
                        {
                            return;
                        }
                        _link._state = _link.ConnectedState();
                        _link._output.WriteUrc(Urcs.Connected(_link.Config));
                    }
                    return;
                }
            }
        }
    }
}
