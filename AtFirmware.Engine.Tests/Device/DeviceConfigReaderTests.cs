using System.Text.Json.Nodes;
using EspAtNano.Engine.Device;

namespace EspAtNano.Tests.Device;

/// <summary>
/// The device reading nf-device-config.json (AtFirmware.Engine/Device/DeviceConfigReader.cs):
/// every value it can use is taken, and every value it cannot use keeps its default with a
/// log line naming the field, so a bad file never stops the boot. (The file against its
/// schema, and the schema's defaults against DeviceConfig's: DeviceConfigTests.)
/// </summary>
[TestClass]
public sealed class DeviceConfigReaderTests
{
    private static DeviceConfig Read(string json, ListLog log) => DeviceConfigReader.Read(JsonConfigObject.Parse(json), log);

    private static object? Field(DeviceConfig config, string name) =>
        (typeof(DeviceConfig).GetField(name) ?? throw new AssertFailedException("DeviceConfig has no field " + name)).GetValue(config);

    [TestMethod]
    public void NoFileGivesTheDefaults()
    {
        var log = new ListLog();
        DeviceConfig config = DeviceConfigReader.Read(null, log);
        Assert.AreEqual("COM2", config.UartPort);
        Assert.AreEqual(17, config.TxPin);
        Assert.AreEqual(16, config.RxPin);
        Assert.AreEqual(0, log.Lines.Count);
    }

    [TestMethod]
    public void TheShippedFileIsTakenWhole()
    {
        var log = new ListLog();
        DeviceConfig config = DeviceConfigReader.Read(JsonConfigObject.Parse(RepoFiles.Read("nf-device-config.json")), log);
        Assert.AreEqual(0, log.Lines.Count, string.Join("\n", log.Snapshot()));
        Assert.AreEqual(115200, config.BaudRate);
        Assert.AreEqual(4096, config.BufferSize);
        Assert.AreEqual("1.2", config.TlsVersion);
    }

    [TestMethod]
    [DataRow("uart", "port", "\"COM3\"", "UartPort", "COM3")]
    [DataRow("uart", "txPin", "22", "TxPin", 22)]
    [DataRow("uart", "rxPin", "19", "RxPin", 19)]
    [DataRow("uart", "ctsPin", "0", "CtsPin", 0)]
    [DataRow("uart", "rtsPin", "48", "RtsPin", 48)]
    [DataRow("uart", "baudRate", "5000000", "BaudRate", 5000000)]
    [DataRow("uart", "flowControl", "\"rtscts\"", "FlowControl", "rtscts")]
    [DataRow("uart", "bufferSize", "65536", "BufferSize", 65536)]
    [DataRow("limits", "maxPubRawLength", "1", "MaxPubRawLengthBytes", 1)]
    [DataRow("limits", "topicCapacity", "20", "TopicCapacity", 20)]
    [DataRow("limits", "heldUrcBytes", "4096", "HeldUrcBytes", 4096)]
    [DataRow("limits", "maxInboundMessageLength", "2048", "MaxInboundMessageLength", 2048)]
    [DataRow("mqtt", "reconnectIntervalMs", "100", "ReconnectIntervalMs", 100)]
    [DataRow("mqtt", "tlsVersion", "\"1.3\"", "TlsVersion", "1.3")]
    public void AValidValueIsTaken(string section, string key, string json, string field, object expected)
    {
        var log = new ListLog();
        DeviceConfig config = Read("{\"" + section + "\":{\"" + key + "\":" + json + "}}", log);
        Assert.AreEqual(expected, Field(config, field));
        Assert.AreEqual(0, log.Lines.Count, string.Join("\n", log.Snapshot()));
    }

    [TestMethod]
    [DataRow("uart", "baudRate", "\"115200\"", "BaudRate", "config: uart.baudRate is not an integer, using 115200", DisplayName = "a number as a string")]
    [DataRow("uart", "txPin", "17.5", "TxPin", "config: uart.txPin is not an integer, using 17", DisplayName = "a fraction")]
    [DataRow("uart", "rxPin", "null", "RxPin", "config: uart.rxPin is not an integer, using 16", DisplayName = "null")]
    [DataRow("uart", "txPin", "49", "TxPin", "config: uart.txPin = 49 is outside 0..48, using 17", DisplayName = "a pin above 48")]
    [DataRow("uart", "rxPin", "-1", "RxPin", "config: uart.rxPin = -1 is outside 0..48, using 16", DisplayName = "a negative pin")]
    [DataRow("uart", "baudRate", "299", "BaudRate", "config: uart.baudRate = 299 is outside 300..5000000, using 115200", DisplayName = "a baud rate below 300")]
    [DataRow("uart", "bufferSize", "9999999999", "BufferSize", "config: uart.bufferSize = 9999999999 is outside 256..65536, using 4096", DisplayName = "a number beyond int")]
    [DataRow("uart", "port", "\"COM1\"", "UartPort", "config: uart.port must be one of the documented values, using \"COM2\"", DisplayName = "the debugger's COM1")]
    [DataRow("uart", "flowControl", "true", "FlowControl", "config: uart.flowControl must be one of the documented values, using \"none\"", DisplayName = "flow control as a bool")]
    [DataRow("limits", "topicCapacity", "0", "TopicCapacity", "config: limits.topicCapacity = 0 is outside 1..", DisplayName = "no topics")]
    [DataRow("mqtt", "reconnectIntervalMs", "99", "ReconnectIntervalMs", "config: mqtt.reconnectIntervalMs = 99 is outside 100..3600000, using 5000", DisplayName = "a reconnect interval below 100 ms")]
    [DataRow("mqtt", "tlsVersion", "\"1.1\"", "TlsVersion", "config: mqtt.tlsVersion must be one of the documented values, using \"1.2\"", DisplayName = "TLS 1.1")]
    public void ABadValueKeepsItsDefaultAndIsNamed(string section, string key, string json, string field, string logged)
    {
        var log = new ListLog();
        object? expected = Field(new DeviceConfig(), field);
        DeviceConfig config = Read("{\"" + section + "\":{\"" + key + "\":" + json + "}}", log);
        Assert.AreEqual(expected, Field(config, field));
        Assert.AreEqual(1, log.Lines.Count, string.Join("\n", log.Snapshot()));
        StringAssert.StartsWith(log.Lines[0], logged);
    }

    [TestMethod]
    [DataRow("uart", "[]")]
    [DataRow("limits", "12")]
    [DataRow("mqtt", "\"tls\"")]
    public void ASectionThatIsNoObjectKeepsItsDefaults(string section, string json)
    {
        var log = new ListLog();
        DeviceConfig config = Read("{\"" + section + "\":" + json + ",\"uart2\":{}}", log);
        Assert.AreEqual(17, config.TxPin);
        CollectionAssert.AreEqual(new[] { "config: \"" + section + "\" is not an object, its defaults are used" }, log.Snapshot());
    }

    [TestMethod]
    public void OneBadValueDoesNotCostTheOthers()
    {
        var log = new ListLog();
        DeviceConfig config = Read("{\"uart\":{\"txPin\":99,\"rxPin\":19,\"baudRate\":921600}}", log);
        Assert.AreEqual(17, config.TxPin);
        Assert.AreEqual(19, config.RxPin);
        Assert.AreEqual(921600, config.BaudRate);
    }

    [TestMethod]
    public void UnknownFieldsAndTheFlashingSectionsAreIgnored()
    {
        var log = new ListLog();
        DeviceConfig config = Read("{\"flashing\":{\"target\":\"ESP32_REV3\"},\"certificates\":[],\"uart\":{\"parity\":\"even\"}}", log);
        Assert.AreEqual(0, log.Lines.Count, string.Join("\n", log.Snapshot()));
        Assert.AreEqual("none", config.FlowControl);
    }

    [TestMethod]
    public void TheBootLineNamesEveryValueInUse()
    {
        DeviceConfig config = Read("{\"uart\":{\"flowControl\":\"rtscts\"}}", new ListLog());
        Assert.AreEqual("config: UART COM2 tx=17 rx=16 baud=115200 flow=rtscts cts=15 rts=14 buffer=4096; maxPubRawLength=8192"
            + " topicCapacity=10 heldUrcBytes=16384 maxInboundMessageLength=16384 reconnectIntervalMs=5000 tls=1.2",
            DeviceConfigReader.Describe(config));
    }
}
