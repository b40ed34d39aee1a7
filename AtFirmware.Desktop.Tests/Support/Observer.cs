using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using MQTTnet;
using MQTTnet.Exceptions;
using MQTTnet.Protocol;

namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>
    /// A second MQTT client, independent of the twin (MQTTnet, MQTT 3.1.1 over plain TCP to the
    /// test broker): it sees what the module published and publishes what the module should
    /// receive.
    /// </summary>
    public sealed class Observer : IDisposable
    {
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

        private readonly IMqttClient _client;
        private readonly BlockingCollection<ReceivedMessage> _messages = new BlockingCollection<ReceivedMessage>();
        private readonly List<ReceivedMessage> _skipped = new List<ReceivedMessage>();

        private Observer(IMqttClient client)
        {
            _client = client;
            _client.ApplicationMessageReceivedAsync += e =>
            {
                MqttApplicationMessage m = e.ApplicationMessage;
                _messages.Add(new ReceivedMessage(m.Topic, m.Payload.ToArray(), (int)m.QualityOfServiceLevel, m.Retain));
                return Task.CompletedTask;
            };
        }

        public static Observer Connect(int port, string? clientId = null)
        {
            IMqttClient client = new MqttClientFactory().CreateMqttClient();
            MqttClientOptions options = new MqttClientOptionsBuilder()
                .WithTcpServer("127.0.0.1", port)
                .WithClientId(clientId ?? "observer-" + Guid.NewGuid().ToString("N").Substring(0, 10))
                .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V311)
                .WithCleanSession(true)
                .WithTimeout(TimeSpan.FromSeconds(15))
                .Build();
            Observer observer = new Observer(client);
            Exception? last = null;
            for (int attempt = 0; attempt < 5; attempt++)
            {
                try
                {
                    using CancellationTokenSource cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
                    client.ConnectAsync(options, cts.Token).GetAwaiter().GetResult();
                    return observer;
                }
                catch (Exception e) when (e is MqttCommunicationException || e is OperationCanceledException)
                {
                    last = e;
                    Thread.Sleep(500);
                }
            }
            observer.Dispose();
            throw new AssertFailedException("the observer could not connect to the broker on port " + port + ": " + last);
        }

        public void Subscribe(string topic, int qos = 1)
        {
            MqttClientSubscribeOptions options = new MqttClientSubscribeOptionsBuilder()
                .WithTopicFilter(f => f.WithTopic(topic).WithQualityOfServiceLevel((MqttQualityOfServiceLevel)qos))
                .Build();
            using CancellationTokenSource cts = new CancellationTokenSource(DefaultTimeout);
            MqttClientSubscribeResult result = _client.SubscribeAsync(options, cts.Token).GetAwaiter().GetResult();
            foreach (MqttClientSubscribeResultItem item in result.Items)
            {
                if ((int)item.ResultCode > 2)
                {
                    throw new AssertFailedException("the observer's subscription to " + topic + " was refused: " + item.ResultCode);
                }
            }
        }

        public void Publish(string topic, byte[] payload, int qos = 1, bool retain = false)
        {
            MqttApplicationMessage message = new MqttApplicationMessageBuilder()
                .WithTopic(topic)
                .WithPayload(payload)
                .WithQualityOfServiceLevel((MqttQualityOfServiceLevel)qos)
                .WithRetainFlag(retain)
                .Build();
            using CancellationTokenSource cts = new CancellationTokenSource(DefaultTimeout);
            _client.PublishAsync(message, cts.Token).GetAwaiter().GetResult();
        }

        public void Publish(string topic, string payload, int qos = 1, bool retain = false)
        {
            Publish(topic, Encoding.UTF8.GetBytes(payload), qos, retain);
        }

        /// <summary>The next message on <paramref name="topic"/> (messages on other topics are set aside).</summary>
        public ReceivedMessage WaitFor(string topic, TimeSpan? timeout = null)
        {
            TimeSpan limit = timeout ?? DefaultTimeout;
            lock (_skipped)
            {
                int i = _skipped.FindIndex(m => m.Topic == topic);
                if (i >= 0)
                {
                    ReceivedMessage m = _skipped[i];
                    _skipped.RemoveAt(i);
                    return m;
                }
            }
            DateTime deadline = DateTime.UtcNow + limit;
            while (true)
            {
                TimeSpan left = deadline - DateTime.UtcNow;
                if (left < TimeSpan.Zero || !_messages.TryTake(out ReceivedMessage? m, left))
                {
                    string seen;
                    lock (_skipped)
                    {
                        seen = string.Join(", ", _skipped.Select(s => s.Topic));
                    }
                    throw new AssertFailedException("the observer got no message on \"" + topic + "\" within " + limit
                        + (seen.Length > 0 ? " (it got messages on: " + seen + ")" : ""));
                }
                if (m.Topic == topic)
                {
                    return m;
                }
                lock (_skipped)
                {
                    _skipped.Add(m);
                }
            }
        }

        /// <summary>No message on <paramref name="topic"/> may arrive during <paramref name="period"/>.</summary>
        public void ExpectNothingOn(string topic, TimeSpan period)
        {
            DateTime deadline = DateTime.UtcNow + period;
            while (true)
            {
                TimeSpan left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !_messages.TryTake(out ReceivedMessage? m, left))
                {
                    return;
                }
                if (m.Topic == topic)
                {
                    throw new AssertFailedException("unexpected message on " + topic + ": " + AtHost.Escape(m.Payload, 0, m.Payload.Length));
                }
                lock (_skipped)
                {
                    _skipped.Add(m);
                }
            }
        }

        public void Dispose()
        {
            try
            {
                if (_client.IsConnected)
                {
                    using CancellationTokenSource cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                    _client.DisconnectAsync(new MqttClientDisconnectOptions(), cts.Token).GetAwaiter().GetResult();
                }
            }
            catch (Exception)
            {
                // The broker may already be gone.
            }
            _client.Dispose();
            _messages.Dispose();
        }
    }
}
