using MQTTnet;
using MQTTnet.Protocol;

namespace EspAtNano.TwinBench;

/// <summary>An MQTTnet 5.2 client used directly, as an application without the AT hop would.</summary>
public sealed class DirectClient : IDisposable
{
    private readonly IMqttClient _client;
    private readonly ManualResetEventSlim _reached = new ManualResetEventSlim(false);
    private long _received;
    private long _target = long.MaxValue;

    private DirectClient(IMqttClient client)
    {
        _client = client;
        _client.ApplicationMessageReceivedAsync += _ =>
        {
            if (Interlocked.Increment(ref _received) >= Interlocked.Read(ref _target))
            {
                _reached.Set();
            }
            return Task.CompletedTask;
        };
    }

    public long Received => Interlocked.Read(ref _received);

    public static async Task<DirectClient> Connect(int brokerPort, string clientId)
    {
        IMqttClient client = new MqttClientFactory().CreateMqttClient();
        DirectClient direct = new DirectClient(client);
        client.DisconnectedAsync += e =>
        {
            Console.Error.WriteLine("twinbench: " + clientId + " lost its link: " + e.Reason + " " + e.Exception?.Message);
            return Task.CompletedTask;
        };
        await client.ConnectAsync(Options(brokerPort, clientId));
        return direct;
    }

    public async Task Subscribe(string topic, int qos)
    {
        await _client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(f => f.WithTopic(topic).WithQualityOfServiceLevel((MqttQualityOfServiceLevel)qos)).Build());
    }

    /// <summary>One publish at a time, each awaited (for QoS 1, until its PUBACK), as a host waits for OK.</summary>
    public async Task PublishEach(string topic, byte[] payload, int qos, int count)
    {
        for (int i = 0; i < count; i++)
        {
            await _client.PublishAsync(Message(topic, payload, qos));
        }
    }

    /// <summary>All at once, as fast as the client takes them: the inbound bursts' source.</summary>
    public Task Burst(string topic, byte[] payload, int qos, int count)
    {
        Task[] all = new Task[count];
        for (int i = 0; i < count; i++)
        {
            all[i] = _client.PublishAsync(Message(topic, payload, qos));
        }
        return Task.WhenAll(all);
    }

    /// <summary>Waits until <paramref name="expected"/> messages have arrived in all, or none came for a while; returns the count.</summary>
    public long WaitReceived(long expected)
    {
        _reached.Reset();
        Interlocked.Exchange(ref _target, expected);
        long count = Received;
        // Blocked, not polling: on a 2-core machine a spinning waiter would slow the receiver it waits for.
        while (count < expected && !_reached.Wait(TimeSpan.FromSeconds(10)) && Received != count)
        {
            count = Received;
        }
        Interlocked.Exchange(ref _target, long.MaxValue);
        return Received;
    }

    public void Dispose()
    {
        _client.Dispose();
    }

    /// <summary>
    /// A long keep-alive and timeout: on a machine loaded by other work, a ping answered late
    /// must not end a client in the middle of a run.
    /// </summary>
    internal static MqttClientOptions Options(int brokerPort, string clientId)
    {
        return new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", brokerPort).WithClientId(clientId)
            .WithKeepAlivePeriod(TimeSpan.FromMinutes(10)).WithTimeout(TimeSpan.FromMinutes(2)).Build();
    }

    private static MqttApplicationMessage Message(string topic, byte[] payload, int qos)
    {
        return new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload)
            .WithQualityOfServiceLevel((MqttQualityOfServiceLevel)qos).Build();
    }
}
