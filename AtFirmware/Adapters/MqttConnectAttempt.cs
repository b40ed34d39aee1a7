using System;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using EspAtNano.Engine.Ports;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Exceptions;
using nanoFramework.M2Mqtt.Messages;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// One MQTTCONN attempt with M2Mqtt, on its own thread, so that the caller's timeout holds
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
    public sealed class MqttConnectAttempt
    {
        private readonly object _sync = new object();
        private readonly ManualResetEvent _done = new ManualResetEvent(false);
        private readonly ILog _log;
        private readonly IMqttLinkListener _listener;
        private readonly MqttAckWaiter _published;
        private readonly MqttAckWaiter _subscribed;
        private readonly MqttAckWaiter _unsubscribed;

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

        // Set by the attempt's thread before it signals _done; read only when the attempt was not abandoned.
        private ConnectResult _result;
        private MqttClientBinding _binding;
        private bool _abandoned;

        public MqttConnectAttempt(MqttConnectRequest request, MqttSslProtocols tls, IMqttLinkListener listener,
            MqttAckWaiter published, MqttAckWaiter subscribed, MqttAckWaiter unsubscribed, ILog log)
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
            new Thread(Connect).Start();
            if (_done.WaitOne(timeoutMs, false))
            {
                lock (_sync)
                {
                    // Abandon() also wakes this wait, so that a cleaned link does not wait out a DNS look-up.
                    return _abandoned ? Abandoned() : _result;
                }
            }
            Abandon();
            return ConnectResult.Failed(ConnectOutcome.Timeout, ConnectFailure.Timeout,
                "not connected within " + timeoutMs.ToString() + " ms");
        }

        /// <summary>What a connect that was given up meanwhile returns.</summary>
        public static ConnectResult Abandoned()
        {
            return ConnectResult.Failed(ConnectOutcome.ClientStartFailed, ConnectFailure.Other, "the link was closed meanwhile");
        }

        /// <summary>Gives the attempt up (timeout, or the link was cleaned meanwhile) and closes its client.</summary>
        public void Abandon()
        {
            MqttClientBinding binding;
            lock (_sync)
            {
                if (_abandoned)
                {
                    return;
                }
                _abandoned = true;
                binding = _binding;
                _binding = null;
            }
            _done.Set();
            if (binding != null)
            {
                binding.Close(true);
            }
        }

        private void Connect()
        {
            ConnectResult result;
            try
            {
                result = Establish();
            }
            catch (Exception e)
            {
                result = ConnectResult.Failed(ConnectOutcome.ClientStartFailed, ConnectFailure.Other, Failure.Describe(e));
            }
            MqttClientBinding leftover = null;
            lock (_sync)
            {
                _result = result;
                if (!result.IsConnected || _abandoned)
                {
                    leftover = _binding;
                    _binding = null;
                }
            }
            if (leftover != null)
            {
                leftover.Close(result.IsConnected);
            }
            _done.Set();
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
                // Kept even when abandoned meanwhile, so that Connect() closes it.
                _binding = binding;
                if (_abandoned)
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
                // Socket.Connect throws SocketException; a failed handshake or verification throws anything else.
                if (!_secure || e.InnerException is SocketException)
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
