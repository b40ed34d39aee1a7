using System.Text;
using EspAtNano.Engine;

namespace EspAtNano.Tests.Support;

/// <summary>
/// A scripted MQTT client for unit tests: answers as told, records what the engine asked,
/// and can hold a call open (to see busy answers) or drop the link.
/// </summary>
public sealed class ScriptedMqtt : IMqttClientPort
{
    private IMqttLinkListener _listener;

    public ConnectOutcome ConnectResult = ConnectOutcome.Connected;
    public Queue<ConnectOutcome> ConnectResults = new();
    public bool PublishResult = true;
    public int SubscribeGrant = -2;
    public bool UnsubscribeResult = true;

    /// <summary>When set, every call waits on it before answering.</summary>
    public ManualResetEventSlim Gate;

    public List<string> Calls { get; } = new();
    public MqttConnectRequest LastConnect;
    public byte[] LastPayload;
    public int ConnectCount;

    public void SetListener(IMqttLinkListener listener) => _listener = listener;

    public ConnectOutcome Connect(MqttConnectRequest request, int timeoutMs)
    {
        Record($"connect {request.Host}:{request.Port} timeout={timeoutMs}");
        LastConnect = request;
        Interlocked.Increment(ref ConnectCount);
        Gate?.Wait();
        lock (ConnectResults)
        {
            return ConnectResults.Count > 0 ? ConnectResults.Dequeue() : ConnectResult;
        }
    }

    public bool Publish(byte[] topic, byte[] payload, int qos, bool retain, int timeoutMs)
    {
        Record($"publish {Text(topic)} qos={qos} retain={retain} timeout={timeoutMs} len={payload.Length}");
        LastPayload = payload;
        Gate?.Wait();
        return PublishResult;
    }

    public int Subscribe(byte[] topic, int qos, int timeoutMs)
    {
        Record($"subscribe {Text(topic)} qos={qos}");
        Gate?.Wait();
        return SubscribeGrant == -2 ? qos : SubscribeGrant;
    }

    public bool Unsubscribe(byte[] topic, int timeoutMs)
    {
        Record($"unsubscribe {Text(topic)}");
        Gate?.Wait();
        return UnsubscribeResult;
    }

    public void Disconnect() => Record("disconnect");

    public void DropLink() => _listener.OnConnectionLost();

    public void Deliver(string topic, byte[] payload) => _listener.OnMessage(Encoding.UTF8.GetBytes(topic), payload);

    public string[] CallsSnapshot()
    {
        lock (Calls) { return Calls.ToArray(); }
    }

    private void Record(string call)
    {
        lock (Calls) { Calls.Add(call); }
    }

    private static string Text(byte[] b) => Encoding.Latin1.GetString(b);
}
