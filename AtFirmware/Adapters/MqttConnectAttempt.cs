using System;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using EspAtNano.Engine.Device;
using EspAtNano.Engine.Ports;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Exceptions;
using nanoFramework.M2Mqtt.Messages;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// One MQTTCONN attempt with M2Mqtt, run as a BoundedCall, so that the caller's timeout holds
    /// for all of it: M2Mqtt resolves the host inside the MqttClient constructor (up to 30 s) and
    /// waits a fixed 30 s for the CONNACK, whatever the host asked for. When the timeout passes
    /// first, the attempt is abandoned: its client is closed (which also ends a pending CONNACK
    /// wait) and whatever the thread still produces is thrown away.
    /// Results (outcome / reason): a certificate or key that does not parse → TlsFailure /
    /// Certificate; a TLS handshake or verification failure → TlsFailure / TlsHandshake; the host
    /// does not resolve → ClientStartFailed / NameResolution; TCP fails → ClientStartFailed /
    /// Network; a refused CONNACK → ClientStartFailed / BrokerRefused with its code; a CONNECT
    /// M2Mqtt will not build → ClientStartFailed / Other; no CONNACK (M2Mqtt's wait ran out, or
    /// the broker hung up first) or our timeout → Timeout / Timeout.
    /// </summary>
    internal sealed class MqttConnectAttempt : IBlockingWork
    {
        private readonly object _sync = new object();
        private readonly BoundedCall _call;
        private readonly ILog _log;
        private readonly IMqttLinkListener _listener;
        private readonly AckMatcher _published;
        private readonly AckMatcher _subscribed;
        private readonly AckMatcher _unsubscribed;

        // Decoded on the caller's thread: the attempt's own thread never touches the engine's request.
        private readonly string _host;
        private readonly int _port;
        private readonly bool _secure;
        private readonly bool _verify;
        private readonly MqttSslProtocols _tls;
        private readonly byte[] _caPem;
        private readonly byte[] _certificatePem;
        private readonly byte[] _keyPem;
        private readonly string _clientId;
        private readonly string _username;
        private readonly string _password;
        private readonly bool _willFlag;
        private readonly string _willTopic;
        private readonly string _willMessage;
        private readonly MqttQoSLevel _willQos;
        private readonly bool _willRetain;
        private readonly bool _cleanSession;
        private readonly ushort _keepAliveSeconds;
        private readonly int _maxInboundMessageLength;

        // Set by the attempt's thread; read only when the call finished in time.
        private ConnectResult _result;
        private MqttClientBinding _binding;
        private bool _cleaned;

        public MqttConnectAttempt(MqttConnectRequest request, MqttSslProtocols tls, IMqttLinkListener listener,
            AckMatcher published, AckMatcher subscribed, AckMatcher unsubscribed, ILog log)
        {
            _listener = listener;
            _published = published;
            _subscribed = subscribed;
            _unsubscribed = unsubscribed;
            _log = log;
            _host = request.Host;
            _port = request.Port;
            _secure = request.UsesTls;
            _verify = request.VerifiesServer;
            _tls = tls;
            _caPem = request.CaCertificate;
            _certificatePem = request.ClientCertificate;
            _keyPem = request.ClientKey;
            _clientId = Utf8.Decode(request.ClientId);
            // M2Mqtt leaves out a null username/password; ESP-AT leaves out an empty one.
            _username = Utf8.DecodeOrNull(request.Username);
            _password = Utf8.DecodeOrNull(request.Password);
            _willFlag = request.WillTopic != null && request.WillTopic.Length > 0;
            _willTopic = _willFlag ? Utf8.Decode(request.WillTopic) : null;
            _willMessage = _willFlag ? Utf8.Decode(request.WillMessage) : null;
            _willQos = _willFlag ? (MqttQoSLevel)request.WillQos : MqttQoSLevel.AtMostOnce;
            // M2Mqtt rejects a will retain flag without a will.
            _willRetain = _willFlag && request.WillRetain;
            _cleanSession = request.CleanSession;
            _keepAliveSeconds = (ushort)request.KeepAliveSeconds;
            _maxInboundMessageLength = request.MaxInboundMessageLength;
            _call = new BoundedCall(this);
        }

        /// <summary>The connected client (valid once Run returned a connected result); null otherwise.</summary>
        public MqttClientBinding Binding
        {
            get
            {
                lock (_sync)
                {
                    return _binding;
                }
            }
        }

        /// <summary>Connects, waiting at most <paramref name="timeoutMs"/>.</summary>
        public ConnectResult Run(int timeoutMs)
        {
            if (_call.Run(timeoutMs))
            {
                lock (_sync)
                {
                    return _result;
                }
            }
            lock (_sync)
            {
                if (_cleaned)
                {
                    // Abandon() from Disconnect ended the wait, so that a cleaned link does not wait out a DNS look-up.
                    return Abandoned();
                }
            }
            return ConnectResult.Failed(ConnectOutcome.Timeout, ConnectFailure.Timeout,
                "not connected within " + timeoutMs.ToString() + " ms");
        }

        /// <summary>What a connect that was given up meanwhile returns.</summary>
        public static ConnectResult Abandoned()
        {
            return ConnectResult.Failed(ConnectOutcome.ClientStartFailed, ConnectFailure.Other, "the link was closed meanwhile");
        }

        /// <summary>Gives the attempt up (the link was cleaned meanwhile): its client is closed, now or when it appears.</summary>
        public void Abandon()
        {
            lock (_sync)
            {
                _cleaned = true;
            }
            _call.Abandon();
        }

        /// <summary>On the call's thread: connects; a client that did not connect is closed here.</summary>
        void IBlockingWork.Run()
        {
            ConnectResult result;
            try
            {
                result = Establish();
            }
            catch (Exception e)
            {
                // Caught here, not by BoundedCall, so that a client made before the throw is closed below.
                result = ConnectResult.Failed(ConnectOutcome.ClientStartFailed, ConnectFailure.Other, Failure.Describe(e));
            }
            MqttClientBinding leftover = null;
            lock (_sync)
            {
                _result = result;
                if (!result.IsConnected)
                {
                    leftover = _binding;
                    _binding = null;
                }
            }
            if (leftover != null)
            {
                leftover.Close(false);
            }
        }

        /// <summary>The caller gave up: a client that connected anyway is disconnected and closed.</summary>
        void IBlockingWork.Discard()
        {
            MqttClientBinding binding;
            lock (_sync)
            {
                binding = _binding;
                _binding = null;
            }
            if (binding != null)
            {
                binding.Close(true);
            }
        }

        private ConnectResult Establish()
        {
            X509Certificate ca = null;
            X509Certificate clientCertificate = null;
            if (_secure)
            {
                try
                {
                    if (_caPem != null)
                    {
                        ca = PemCertificate.Authority(_caPem);
                    }
                    if (_certificatePem != null)
                    {
                        clientCertificate = PemCertificate.Client(_certificatePem, _keyPem);
                    }
                }
                catch (Exception e)
                {
                    return ConnectResult.Failed(ConnectOutcome.TlsFailure, ConnectFailure.Certificate,
                        "a certificate or key file does not parse: " + Failure.Describe(e));
                }
            }
            if (_willFlag && (_willMessage == null || _willMessage.Length == 0))
            {
                // MQTT allows an empty will payload, M2Mqtt refuses to build such a CONNECT (WillWrong).
                return ConnectResult.Failed(ConnectOutcome.ClientStartFailed, ConnectFailure.Other,
                    "M2Mqtt cannot send a will with an empty message");
            }

            MqttClient client;
            try
            {
                // Resolves the host (DNS) here, and does nothing else that can fail: MqttNetworkChannel's
                // constructor calls Dns.GetHostEntry and throws when no address comes back.
                // TLS 1.2 unless configured otherwise (M2Mqtt's None would mean TLS 1.3 only).
                client = new MqttClient(_host, _port, _secure, ca, clientCertificate, _secure ? _tls : MqttSslProtocols.None);
            }
            catch (Exception e)
            {
                return ConnectResult.Failed(ConnectOutcome.ClientStartFailed, ConnectFailure.NameResolution,
                    "cannot resolve " + _host + ": " + Failure.Describe(e));
            }
            MqttClientBinding binding = new MqttClientBinding(client, _listener, _published, _subscribed, _unsubscribed,
                _maxInboundMessageLength, _log);
            lock (_sync)
            {
                // Kept even when abandoned meanwhile, so that the call's Run or Discard closes it.
                _binding = binding;
                if (_call.IsAbandoned)
                {
                    return Abandoned();
                }
            }

            // A process-wide M2Mqtt setting that Connect copies: set it for this connect, every time.
            client.Settings.ValidateServerCertificate = _verify;
            MqttReasonCode code;
            try
            {
                code = client.Connect(_clientId, _username, _password, _willRetain, _willQos, _willFlag,
                    _willTopic, _willMessage, _cleanSession, _keepAliveSeconds);
            }
            catch (MqttCommunicationException e)
            {
                return ConnectResult.Failed(ConnectOutcome.Timeout, ConnectFailure.Timeout, "no CONNACK: " + Failure.Describe(e));
            }
            catch (MqttConnectionException e)
            {
                // The TCP connect or the TLS handshake failed; which one, ChannelFailure decides.
                bool socketException = e.InnerException is SocketException;
                bool tcpReachable = ChannelFailure.NeedsTcpProbe(_secure, socketException) && TcpProbe.Reaches(_host, _port);
                if (ChannelFailure.Classify(_secure, socketException, tcpReachable) == ConnectFailure.Network)
                {
                    return ConnectResult.Failed(ConnectOutcome.ClientStartFailed, ConnectFailure.Network,
                        "cannot reach the broker: " + Failure.Describe(e));
                }
                return ConnectResult.Failed(ConnectOutcome.TlsFailure, ConnectFailure.TlsHandshake,
                    "TLS handshake failed: " + Failure.Describe(e));
            }
            catch (MqttClientException e)
            {
                return ConnectResult.Failed(ConnectOutcome.ClientStartFailed, ConnectFailure.Other,
                    "M2Mqtt refused to build the CONNECT (error " + ((int)e.ErrorCode).ToString() + ")");
            }
            // The CONNACK's return code; several enum names share a value, so compare numbers.
            int returnCode = (int)code;
            if (returnCode != 0)
            {
                return ConnectResult.Refused(returnCode, "CONNACK return code " + returnCode.ToString());
            }
            return ConnectResult.Success;
        }
    }
}
