using System.Diagnostics;
using System.Globalization;
using System.Text;
using EspAtNano.Engine;
using EspAtNano.Engine.Ports;

// The engine's input path, measured: a connected module fed AT+MQTTPUB lines (the NOTES' 90-byte
// example), query lines, and PUBRAW blocks, with ports that do nothing. Prints time and bytes
// allocated per unit, so a change that adds a per-byte loop or per-command garbage shows up.
int rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20000;
var module = new BenchModule();
module.Feed("ATE0\r\nAT+MQTTUSERCFG=0,1,\"bench\",\"\",\"\",0,0,\"\"\r\nAT+MQTTCONN=0,\"broker\",1883,0\r\n");

string pub = "AT+MQTTPUB=0,\"sensors/livingroom/temp\",\"{\\\"t\\\":21.5\\,\\\"h\\\":40\\,\\\"id\\\":\\\"abc\\\"}\",0,0\r\n";
Measure("AT+MQTTPUB line (" + pub.Length + " bytes, QoS 0)", rounds, Encoding.ASCII.GetBytes(pub), module);
Measure("AT+MQTTCONN? query", rounds, Encoding.ASCII.GetBytes("AT+MQTTCONN?\r\n"), module);
byte[] raw = new byte[1024];
byte[] rawCommand = Encoding.ASCII.GetBytes("AT+MQTTPUBRAW=0,\"bin\",1024,0,0\r\n");
Measure("AT+MQTTPUBRAW of 1024 bytes (command + block)", rounds / 4, rawCommand.Concat(raw).ToArray(), module);
module.Stop();

static void Measure(string name, int rounds, byte[] input, BenchModule module)
{
    for (int i = 0; i < rounds / 10; i++)
    {
        module.FeedAndWait(input);
    }
    long allocated = GC.GetTotalAllocatedBytes(precise: true);
    Stopwatch watch = Stopwatch.StartNew();
    for (int i = 0; i < rounds; i++)
    {
        module.FeedAndWait(input);
    }
    watch.Stop();
    long bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
    Console.WriteLine($"{name,-48} {watch.Elapsed.TotalMicroseconds / rounds,8:F2} µs  {bytes / (double)rounds,8:F0} B allocated");
}

sealed class BenchModule : IByteSink, IMqttClientPort, ICertificateStore, IClock, ISystemControl, ILog
{
    private readonly AtEngine _engine;

    public BenchModule()
    {
        _engine = new AtEngine(new EngineOptions(), new ModulePorts
        {
            Uart = this, Mqtt = this, Certificates = this, Clock = this, System = this, Log = this
        });
    }

    public void Feed(string text) => FeedAndWait(Encoding.ASCII.GetBytes(text));

    /// <summary>The engine's worker is a foreground thread: without this the process would not end.</summary>
    public void Stop() => _engine.Stop();

    public void FeedAndWait(byte[] input)
    {
        _engine.Feed(input, 0, input.Length);
        _engine.WaitIdle(10000);
    }

    public void Write(byte[] data, int offset, int count) { }
    public void SetListener(IMqttLinkListener listener) { }
    public ConnectResult Connect(MqttConnectRequest request, int timeoutMs) => ConnectResult.Success;
    public MqttRequestResult Publish(byte[] topic, byte[] payload, int qos, bool retain, int timeoutMs) => MqttRequestResult.Done;
    public MqttRequestResult Subscribe(byte[] topic, int qos, int timeoutMs) => MqttRequestResult.Granted(qos);
    public MqttRequestResult Unsubscribe(byte[] topic, int timeoutMs) => MqttRequestResult.Done;
    public void Disconnect() { }
    public byte[]? Read(string fileName) => null;
    public bool Exists(string fileName) => false;
    public StoreResult Write(string fileName, byte[] contents) => StoreResult.Success;
    public StoreResult Delete(string fileName) => StoreResult.Success;
    public DateTime UtcNow => DateTime.UtcNow;
    public bool IsSynchronised => true;
    public void Restart() { }
    public void Write(string message) => Console.Error.WriteLine(message);
}
