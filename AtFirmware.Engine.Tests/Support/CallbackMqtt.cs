namespace EspAtNano.Tests.Support;

/// <summary>
/// An MQTT client that publishes by callback (IMqttPublishStarter), as the twin's MQTTnet port
/// does: at once, or, when <see cref="Hold"/> is set, only when the test completes it, on
/// whatever thread the test chooses. Everything else is the scripted client's.
/// </summary>
public sealed class CallbackMqtt : IMqttClientPort, IMqttPublishStarter
{
    private readonly ScriptedMqtt _scripted;
    private IMqttRequestDone? _held;

    public CallbackMqtt(ScriptedMqtt scripted)
    {
        _scripted = scripted;
    }

    /// <summary>Publishes wait for <see cref="Complete"/> instead of completing at once.</summary>
    public bool Hold;

    /// <summary>The thread each publish was started on.</summary>
    public List<int> StartThreads { get; } = new();

    /// <summary>Set when a held publish has been started.</summary>
    public ManualResetEventSlim Started { get; } = new(false);

    public void StartPublish(byte[] topic, byte[] payload, int qos, bool retain, int timeoutMs, IMqttRequestDone done)
    {
        lock (StartThreads)
        {
            StartThreads.Add(Environment.CurrentManagedThreadId);
        }
        MqttRequestResult result = _scripted.Publish(topic, payload, qos, retain, timeoutMs);
        if (!Hold)
        {
            done.Done(result);
            return;
        }
        _held = done;
        Started.Set();
    }

    /// <summary>Completes the held publish on a new thread, as a client's network thread would, and waits until it has answered.</summary>
    public void Complete(MqttRequestResult result)
    {
        IMqttRequestDone done = _held ?? throw new AssertFailedException("no publish is held");
        _held = null;
        Thread network = new Thread(() => done.Done(result));
        network.Start();
        network.Join();
    }

    public void SetListener(IMqttLinkListener listener) => _scripted.SetListener(listener);

    public ConnectResult Connect(MqttConnectRequest request, int timeoutMs) => _scripted.Connect(request, timeoutMs);

    public MqttRequestResult Publish(byte[] topic, byte[] payload, int qos, bool retain, int timeoutMs)
    {
        throw new AssertFailedException("a client that publishes by callback was called through the blocking Publish");
    }

    public MqttRequestResult Subscribe(byte[] topic, int qos, int timeoutMs) => _scripted.Subscribe(topic, qos, timeoutMs);

    public MqttRequestResult Unsubscribe(byte[] topic, int timeoutMs) => _scripted.Unsubscribe(topic, timeoutMs);

    public void Disconnect() => _scripted.Disconnect();
}
