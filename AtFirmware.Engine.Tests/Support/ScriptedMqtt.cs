using System.Text;

namespace EspAtNano.Tests.Support;

/// <summary>
/// A scripted MQTT client for unit tests: answers as told, records what the engine asked,
/// and can hold a call open (to see busy answers) or drop the link.
/// </summary>
public sealed class ScriptedMqtt : IMqttClientPort
{
    private IMqttLinkListener? _listener;
    private MqttConnectRequest? _lastConnect;
    private byte[]? _lastPayload;

    public ConnectOutcome ConnectResult = ConnectOutcome.Connected;
    public Queue<ConnectOutcome> ConnectResults = new();
    public bool PublishResult = true;
    public int SubscribeGrant = -2;
    public bool UnsubscribeResult = true;

    /// <summary>Runs inside Connect before it answers, as a broker's early messages or a loss would arrive.</summary>
    public Action? DuringConnect;

    /// <summary>When set, every call waits on it before answering.</summary>
    public ManualResetEventSlim? Gate;

    public List<string> Calls { get; } = new();
    public MqttConnectRequest LastConnect => _lastConnect ?? throw new AssertFailedException("the engine has not connected");
    public byte[] LastPayload => _lastPayload ?? throw new AssertFailedException("the engine has not published");
    public int ConnectCount;

    public void SetListener(IMqttLinkListener listener) => _listener = listener;

    public Engine.Ports.ConnectResult Connect(MqttConnectRequest request, int timeoutMs)
    {
        Record($"connect {request.Host}:{request.Port} timeout={timeoutMs}");
        _lastConnect = request;
        Interlocked.Increment(ref ConnectCount);
        Gate?.Wait();
        DuringConnect?.Invoke();
        ConnectOutcome outcome;
        lock (ConnectResults)
        {
            outcome = ConnectResults.Count > 0 ? ConnectResults.Dequeue() : ConnectResult;
        }
        return outcome == ConnectOutcome.Connected
            ? Engine.Ports.ConnectResult.Success
            : Engine.Ports.ConnectResult.Failed(outcome, ConnectFailure.Other, "scripted " + outcome);
    }

    public MqttRequestResult Publish(byte[] topic, byte[] payload, int qos, bool retain, int timeoutMs)
    {
        Record($"publish {Text(topic)} qos={qos} retain={retain} timeout={timeoutMs} len={payload.Length}");
        _lastPayload = payload;
        Gate?.Wait();
        return PublishResult ? MqttRequestResult.Done : MqttRequestResult.Failed(RequestOutcome.TimedOut, "scripted");
    }

    public MqttRequestResult Subscribe(byte[] topic, int qos, int timeoutMs)
    {
        Record($"subscribe {Text(topic)} qos={qos}");
        Gate?.Wait();
        int grant = SubscribeGrant == -2 ? qos : SubscribeGrant;
        return grant >= 0 ? MqttRequestResult.Granted(grant) : MqttRequestResult.Failed(RequestOutcome.Refused, "scripted SUBACK 0x80");
    }

    public MqttRequestResult Unsubscribe(byte[] topic, int timeoutMs)
    {
        Record($"unsubscribe {Text(topic)}");
        Gate?.Wait();
        return UnsubscribeResult ? MqttRequestResult.Done : MqttRequestResult.Failed(RequestOutcome.TimedOut, "scripted");
    }

    /// <summary>Set once Disconnect has been called.</summary>
    public ManualResetEventSlim Disconnecting { get; } = new(false);

    public void Disconnect()
    {
        Record("disconnect");
        Disconnecting.Set();
    }

    public void DropLink() => Listener.OnConnectionLost("scripted drop");

    public void Deliver(string topic, byte[] payload, int qos = 0) => Listener.OnMessage(Encoding.UTF8.GetBytes(topic), payload, qos);

    /// <summary>A message whose topic is given as raw bytes (which may not be UTF-8).</summary>
    public void Deliver(byte[] topic, byte[] payload, int qos = 0) => Listener.OnMessage(topic, payload, qos);

    public string[] CallsSnapshot()
    {
        lock (Calls) { return Calls.ToArray(); }
    }

    private void Record(string call)
    {
        lock (Calls) { Calls.Add(call); }
    }

    private IMqttLinkListener Listener => _listener ?? throw new InvalidOperationException("the engine has not set a listener");

    private static string Text(byte[] b) => Encoding.Latin1.GetString(b);
}
