using System;
using EspAtNano.Engine;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// One MqttClient instance and its event handlers. M2Mqtt raises every event on the client's
    /// single dispatch thread; the handlers only translate and hand over, and they stop
    /// forwarding the moment the binding is detached, so an old client (one that was
    /// disconnected on purpose or replaced) can never report into the current link.
    /// </summary>
    public sealed class MqttClientBinding
    {
        private const int SubscribeRefused = -1;

        private readonly object _sync = new object();
        private readonly MqttClient _client;
        private readonly IMqttLinkListener _listener;
        private readonly MqttAckWaiter _published;
        private readonly MqttAckWaiter _subscribed;
        private readonly MqttAckWaiter _unsubscribed;
        private readonly ILog _log;
        private bool _attached;

        public MqttClientBinding(MqttClient client, IMqttLinkListener listener, MqttAckWaiter published,
            MqttAckWaiter subscribed, MqttAckWaiter unsubscribed, ILog log)
        {
            _client = client;
            _listener = listener;
            _published = published;
            _subscribed = subscribed;
            _unsubscribed = unsubscribed;
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

        private void OnPublishReceived(object sender, MqttMsgPublishEventArgs e)
        {
            if (!Attached)
            {
                return;
            }
            try
            {
                byte[] payload = e.Message != null ? e.Message : new byte[0];
                _listener.OnMessage(Utf8.Encode(e.Topic), payload);
            }
            catch (Exception ex)
            {
                _log.Write("mqtt: message event: " + Failure.Describe(ex));
            }
        }

        private void OnPublished(object sender, MqttMsgPublishedEventArgs e)
        {
            if (Attached)
            {
                // IsPublished is false once M2Mqtt's retries for a QoS 1/2 message ran out.
                _published.Complete(e.MessageId, e.IsPublished ? 1 : 0);
            }
        }

        private void OnSubscribed(object sender, MqttMsgSubscribedEventArgs e)
        {
            if (!Attached)
            {
                return;
            }
            int granted = SubscribeRefused;
            MqttQoSLevel[] levels = e.GrantedQoSLevels;
            if (levels != null && levels.Length > 0)
            {
                int level = (int)levels[0];
                // 0x80 (GrantedFailure) is the broker's refusal.
                granted = level >= 0 && level <= 2 ? level : SubscribeRefused;
            }
            _subscribed.Complete(e.MessageId, granted);
        }

        private void OnUnsubscribed(object sender, MqttMsgUnsubscribedEventArgs e)
        {
            if (Attached)
            {
                _unsubscribed.Complete(e.MessageId, 1);
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
            _published.Abort();
            _subscribed.Abort();
            _unsubscribed.Abort();
            try
            {
                _listener.OnConnectionLost();
            }
            catch (Exception ex)
            {
                _log.Write("mqtt: connection-lost event: " + Failure.Describe(ex));
            }
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
