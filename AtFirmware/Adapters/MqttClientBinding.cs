using System;
using EspAtNano.Engine.Device;
using EspAtNano.Engine.Ports;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// One MqttClient instance and its event handlers. M2Mqtt raises every event on the client's
    /// single dispatch thread; the handlers translate and hand over, holding none of this
    /// adapter's locks meanwhile, and they stop forwarding the moment the binding is detached,
    /// so an old client (one that was disconnected on purpose or replaced) can never report
    /// into the current link.
    /// </summary>
    internal sealed class MqttClientBinding
    {
        private readonly object _sync = new object();
        private readonly MqttClient _client;
        private readonly IMqttLinkListener _listener;
        private readonly AckMatcher _published;
        private readonly AckMatcher _subscribed;
        private readonly AckMatcher _unsubscribed;
        private readonly int _maxInboundMessageLength;
        private readonly ILog _log;
        private bool _attached;

        /// <param name="maxInboundMessageLength">The largest topic plus payload taken from the broker; a larger message drops the link.</param>
        public MqttClientBinding(MqttClient client, IMqttLinkListener listener, AckMatcher published,
            AckMatcher subscribed, AckMatcher unsubscribed, int maxInboundMessageLength, ILog log)
        {
            _client = client;
            _listener = listener;
            _published = published;
            _subscribed = subscribed;
            _unsubscribed = unsubscribed;
            _maxInboundMessageLength = maxInboundMessageLength;
            _log = log;
            _attached = true;
            // Attached before Connect: a kept session may deliver messages right after the CONNACK.
            client.MqttMsgPublishReceived += OnPublishReceived;
            client.MqttMsgPublished += OnPublished;
            client.MqttMsgSubscribed += OnSubscribed;
            client.MqttMsgUnsubscribed += OnUnsubscribed;
            client.ConnectionClosed += OnConnectionClosed;
        }

        public MqttClient Client
        {
            get { return _client; }
        }

        /// <summary>Stops every report from this client; idempotent.</summary>
        public void Detach()
        {
            if (TakeAttachment())
            {
                RemoveHandlers();
            }
        }

        /// <summary>
        /// Ends this client: detached first, so the ConnectionClosed that M2Mqtt raises after a
        /// voluntary Disconnect is not reported as a loss; DISCONNECT when asked and still
        /// connected; then Close, which also ends a client that never got a CONNACK or was
        /// refused (M2Mqtt leaves its receive thread and socket up in that case).
        /// </summary>
        public void Close(bool sendDisconnect)
        {
            Detach();
            CloseClient(sendDisconnect);
        }

        private void CloseClient(bool sendDisconnect)
        {
            if (sendDisconnect)
            {
                try
                {
                    if (_client.IsConnected)
                    {
                        _client.Disconnect();
                    }
                }
                catch (Exception e)
                {
                    _log.Write("mqtt: disconnect: " + Failure.Describe(e));
                }
            }
            try
            {
                _client.Close();
            }
            catch (Exception e)
            {
                _log.Write("mqtt: close: " + Failure.Describe(e));
            }
        }

        private bool Attached
        {
            get
            {
                lock (_sync)
                {
                    return _attached;
                }
            }
        }

        /// <summary>
        /// Hands a message to the engine, which may block here (back-pressure while the host
        /// cannot take URCs). That cannot lock the module up: this is M2Mqtt's dispatch thread,
        /// no lock of this adapter is held meanwhile, the UART reader never waits on this thread,
        /// and an engine call waiting for an ack event from it gives up at its timeout. Two limits
        /// of M2Mqtt 5.1.220 (MqttClient.ProcessInflightThread) weaken the back-pressure, though:
        /// the PUBACK (QoS 1) or PUBCOMP (QoS 2) has already been sent when the event is queued,
        /// so a wait here does not slow the broker down, and what keeps arriving piles up in
        /// M2Mqtt's unbounded event queue; and this client's SUBACK, PUBACK and UNSUBACK events
        /// queue behind the waiting message, so a call awaiting one of them meanwhile
        /// (re-subscribing while a connect parks messages) can time out.
        /// </summary>
        private void OnPublishReceived(object sender, MqttMsgPublishEventArgs e)
        {
            if (!Attached)
            {
                return;
            }
            try
            {
                // M2Mqtt decodes the topic's bytes into a string (MqttMsgPublish.Parse); encoding it
                // again gives them back for valid UTF-8 only: a topic that was not valid UTF-8
                // cannot be recognised any more after that decoding.
                byte[] topic = Utf8.Encode(e.Topic);
                byte[] payload = e.Message != null ? e.Message : new byte[0];
                if (topic.Length + payload.Length > _maxInboundMessageLength)
                {
                    DropOversized(topic.Length + payload.Length);
                    return;
                }
                _listener.OnMessage(topic, payload, (int)e.QosLevel);
            }
            catch (Exception ex)
            {
                _log.Write("mqtt: message event: " + Failure.Describe(ex));
            }
        }

        /// <summary>
        /// A message over the bound drops the link, as the engine's port contract asks. The bound
        /// cannot be kept before allocation with M2Mqtt 5.1.220: MqttMsgPublish.Parse
        /// (M2Mqtt/Messages/MqttMsgPublish.cs) allocates the whole remaining length named in the
        /// fixed header (new byte[remainingLength]) and then a second array for the payload,
        /// on its receive thread, before any event; and nothing limits that size for MQTT 3.1.1
        /// (MqttClient.MaximumPacketSize is only sent as an MQTT 5 CONNECT property). A message
        /// too large for the heap fails in there, not here (issue 10).
        /// </summary>
        private void DropOversized(int length)
        {
            if (!TakeAttachment())
            {
                return;
            }
            // The engine logs the reason with the loss.
            string reason = "a message of " + length.ToString() + " bytes (topic and payload) is over the limit of "
                + _maxInboundMessageLength.ToString() + " bytes";
            // Detached first, so that the ConnectionClosed this raises is not reported a second time.
            RemoveHandlers();
            AbortWaiters();
            CloseClient(true);
            try
            {
                _listener.OnConnectionLost(reason);
            }
            catch (Exception ex)
            {
                _log.Write("mqtt: connection-lost event: " + Failure.Describe(ex));
            }
        }

        private void OnPublished(object sender, MqttMsgPublishedEventArgs e)
        {
            if (Attached)
            {
                _published.Complete(e.MessageId, AckResults.Published(e.IsPublished));
            }
        }

        private void OnSubscribed(object sender, MqttMsgSubscribedEventArgs e)
        {
            if (!Attached)
            {
                return;
            }
            MqttQoSLevel[] levels = e.GrantedQoSLevels;
            int count = levels == null ? 0 : levels.Length;
            MqttRequestResult result = AckResults.Suback(count, count > 0 ? (int)levels[0] : AckResults.SubackFailure);
            _subscribed.Complete(e.MessageId, result);
        }

        private void OnUnsubscribed(object sender, MqttMsgUnsubscribedEventArgs e)
        {
            if (Attached)
            {
                _unsubscribed.Complete(e.MessageId, MqttRequestResult.Done);
            }
        }

        private void OnConnectionClosed(object sender, EventArgs e)
        {
            // Once only (M2Mqtt can raise it twice: a broker DISCONNECT, then the socket closing),
            // and never after Detach: a voluntary Disconnect detaches before it sends DISCONNECT.
            if (!TakeAttachment())
            {
                return;
            }
            RemoveHandlers();
            AbortWaiters();
            try
            {
                // M2Mqtt's event carries no cause (a broker DISCONNECT, the socket closing, a keepalive failure).
                _listener.OnConnectionLost("M2Mqtt reported the connection closed");
            }
            catch (Exception ex)
            {
                _log.Write("mqtt: connection-lost event: " + Failure.Describe(ex));
            }
        }

        /// <summary>Calls waiting for an ack of this link give up now rather than at their timeout.</summary>
        private void AbortWaiters()
        {
            _published.Abort();
            _subscribed.Abort();
            _unsubscribed.Abort();
        }

        /// <summary>True for the one caller that detaches this binding.</summary>
        private bool TakeAttachment()
        {
            lock (_sync)
            {
                bool was = _attached;
                _attached = false;
                return was;
            }
        }

        private void RemoveHandlers()
        {
            try
            {
                _client.MqttMsgPublishReceived -= OnPublishReceived;
                _client.MqttMsgPublished -= OnPublished;
                _client.MqttMsgSubscribed -= OnSubscribed;
                _client.MqttMsgUnsubscribed -= OnUnsubscribed;
                _client.ConnectionClosed -= OnConnectionClosed;
            }
            catch (Exception e)
            {
                _log.Write("mqtt: detach: " + Failure.Describe(e));
            }
        }
    }
}
