using System;
using EspAtNano.Engine.Device;
using EspAtNano.Engine.Ports;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// IMqttClientPort on nanoFramework.M2Mqtt, for schemes 1–5 (TCP and TLS; M2Mqtt has no
    /// WebSocket transport, no ALPN and always sends the host as SNI, which the engine refuses
    /// up front from the capabilities). A new MqttClient is made for every connect, because its
    /// constructor fixes the resolved address; every call turns M2Mqtt's asynchronous
    /// acknowledgements into the answer the engine wants — blocking, or for a publish by callback
    /// (IMqttPublishStarter), so a publish needs no engine worker thread — and none throws.
    /// </summary>
    internal sealed class M2MqttClientPort : IMqttClientPort, IMqttPublishStarter
    {
        private readonly object _sync = new object();
        private readonly MqttSslProtocols _tls;
        private readonly ILog _log;
        private readonly AckMatcher _published = new AckMatcher();
        private readonly AckMatcher _subscribed = new AckMatcher();
        private readonly AckMatcher _unsubscribed = new AckMatcher();
        private IMqttLinkListener _listener;
        private MqttConnectAttempt _attempt;
        private MqttClientBinding _current;

        /// <param name="tlsVersion">DeviceConfig.Tls12 or Tls13: M2Mqtt negotiates exactly one version.</param>
        public M2MqttClientPort(string tlsVersion, ILog log)
        {
            _tls = tlsVersion == DeviceConfig.Tls13 ? MqttSslProtocols.TLSv1_3 : MqttSslProtocols.TLSv1_2;
            _log = log;
        }

        public void SetListener(IMqttLinkListener listener)
        {
            _listener = listener;
        }

        public ConnectResult Connect(MqttConnectRequest request, int timeoutMs)
        {
            MqttConnectAttempt attempt = null;
            try
            {
                if (request.UsesWebSocket)
                {
                    // The engine refuses schemes 6–10 here (no WebSocket capability); this is the guard behind it.
                    return ConnectResult.Failed(ConnectOutcome.ClientStartFailed, ConnectFailure.Other,
                        "WebSocket schemes are not supported on this platform");
                }
                MqttClientBinding previous;
                attempt = new MqttConnectAttempt(request, _tls, _listener, _published, _subscribed, _unsubscribed, _log);
                lock (_sync)
                {
                    previous = _current;
                    _current = null;
                    _attempt = attempt;
                }
                if (previous != null)
                {
                    // A link that dropped (M2Mqtt already closed it) or was left open: never two clients.
                    previous.Close(true);
                }
                ConnectResult result = attempt.Run(timeoutMs);
                lock (_sync)
                {
                    if (_attempt != attempt)
                    {
                        // Disconnect came while connecting; it has abandoned this attempt already.
                        return MqttConnectAttempt.Abandoned();
                    }
                    _attempt = null;
                    if (result.IsConnected)
                    {
                        _current = attempt.Binding;
                        if (_current == null)
                        {
                            return MqttConnectAttempt.Abandoned();
                        }
                    }
                }
                return result;
            }
            catch (Exception e)
            {
                if (attempt != null)
                {
                    attempt.Abandon();
                }
                return ConnectResult.Failed(ConnectOutcome.ClientStartFailed, ConnectFailure.Other, Failure.Describe(e));
            }
        }

        public MqttRequestResult Publish(byte[] topic, byte[] payload, int qos, bool retain, int timeoutMs)
        {
            ushort id;
            MqttRequestResult notSent = Send(topic, payload, qos, retain, out id);
            if (notSent != null)
            {
                return notSent;
            }
            return qos == 0 ? MqttRequestResult.Done : _published.Wait(id, timeoutMs, AckOf(qos));
        }

        /// <summary>
        /// Publish by callback: M2Mqtt raises MqttMsgPublished for a QoS 1/2 publish on its event
        /// thread (PUBACK/PUBCOMP, or IsPublished false once its retries ran out) and nothing for
        /// QoS 0, which is done once it is queued, as the blocking Publish says too. The timeout
        /// is a timer's (AckMatcher.Notify), so no thread waits for the broker.
        /// </summary>
        public void StartPublish(byte[] topic, byte[] payload, int qos, bool retain, int timeoutMs, IMqttRequestDone done)
        {
            ushort id;
            MqttRequestResult notSent = Send(topic, payload, qos, retain, out id);
            if (notSent != null)
            {
                done.Done(notSent);
            }
            else if (qos == 0)
            {
                done.Done(MqttRequestResult.Done);
            }
            else
            {
                _published.Notify(id, timeoutMs, AckOf(qos), done);
            }
        }

        /// <summary>
        /// Hands the PUBLISH to M2Mqtt, collecting acks from before the call for QoS 1/2 (the ack
        /// can beat the returned id): null and the message id, or why it was not sent.
        /// </summary>
        private MqttRequestResult Send(byte[] topic, byte[] payload, int qos, bool retain, out ushort id)
        {
            id = 0;
            MqttClient client = ConnectedClient();
            if (client == null)
            {
                return NoLink();
            }
            AckMatcher waiter = qos > 0 ? _published : null;
            try
            {
                string name = Utf8.Decode(topic);
                if (!AckResults.IsPublishable(name))
                {
                    // M2Mqtt checks the topic only on its send thread, where a bad one tears the link down.
                    return MqttRequestResult.Failed(RequestOutcome.Failed, "M2Mqtt cannot publish to an empty or wildcard topic");
                }
                if (waiter != null)
                {
                    waiter.Begin();
                }
                // contentType and user properties are MQTT 5 only: null for 3.1.1.
                id = client.Publish(name, payload != null ? payload : new byte[0], null, null, (MqttQoSLevel)qos, retain);
                return null;
            }
            catch (Exception e)
            {
                if (waiter != null)
                {
                    waiter.Cancel();
                }
                return Thrown(client, e);
            }
        }

        private static string AckOf(int qos)
        {
            return qos == 1 ? "PUBACK" : "PUBCOMP";
        }

        public MqttRequestResult Subscribe(byte[] topic, int qos, int timeoutMs)
        {
            MqttClient client = ConnectedClient();
            if (client == null)
            {
                return NoLink();
            }
            try
            {
                _subscribed.Begin();
                ushort id = client.Subscribe(new string[] { Utf8.Decode(topic) }, new MqttQoSLevel[] { (MqttQoSLevel)qos });
                return _subscribed.Wait(id, timeoutMs, "SUBACK");
            }
            catch (Exception e)
            {
                _subscribed.Cancel();
                return Thrown(client, e);
            }
        }

        public MqttRequestResult Unsubscribe(byte[] topic, int timeoutMs)
        {
            MqttClient client = ConnectedClient();
            if (client == null)
            {
                return NoLink();
            }
            try
            {
                _unsubscribed.Begin();
                ushort id = client.Unsubscribe(new string[] { Utf8.Decode(topic) });
                return _unsubscribed.Wait(id, timeoutMs, "UNSUBACK");
            }
            catch (Exception e)
            {
                _unsubscribed.Cancel();
                return Thrown(client, e);
            }
        }

        public void Disconnect()
        {
            try
            {
                MqttConnectAttempt attempt;
                MqttClientBinding current;
                lock (_sync)
                {
                    attempt = _attempt;
                    _attempt = null;
                    current = _current;
                    _current = null;
                }
                // Calls waiting for an ack on this link give up now.
                _published.Abort();
                _subscribed.Abort();
                _unsubscribed.Abort();
                if (attempt != null)
                {
                    attempt.Abandon();
                }
                if (current != null)
                {
                    current.Close(true);
                }
            }
            catch (Exception e)
            {
                _log.Write("mqtt: disconnect: " + Failure.Describe(e));
            }
        }

        /// <summary>The current client while M2Mqtt says it is connected (Publish does not check that itself).</summary>
        private MqttClient ConnectedClient()
        {
            MqttClientBinding current;
            lock (_sync)
            {
                current = _current;
            }
            if (current == null || !current.Client.IsConnected)
            {
                return null;
            }
            return current.Client;
        }

        private static MqttRequestResult NoLink()
        {
            return MqttRequestResult.Failed(RequestOutcome.NotConnected, "no link");
        }

        /// <summary>An M2Mqtt call threw: the link is gone if M2Mqtt says so, else the call itself failed.</summary>
        private static MqttRequestResult Thrown(MqttClient client, Exception e)
        {
            return MqttRequestResult.Failed(client.IsConnected ? RequestOutcome.Failed : RequestOutcome.NotConnected, Failure.Describe(e));
        }
    }
}
