using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Reflection;
using EspAtNano.Engine.Device;
using Json.Schema;

namespace EspAtNano.Tests;

/// <summary>
/// nf-device-config.json against nf-device-config.schema.json (JSON Schema draft 2020-12,
/// evaluated with JsonSchema.Net), that the schema refuses what the firmware cannot use, and
/// that the schema's defaults and ranges are the ones the device's DeviceConfig
/// (AtFirmware.Engine/Device) falls back to (the engine's limits' ranges: LimitTests; the device
/// reading the file: Device/DeviceConfigReaderTests).
/// </summary>
[TestClass]
public sealed class DeviceConfigTests
{
    private const string ConfigFile = "nf-device-config.json";
    private const string SchemaFile = "nf-device-config.schema.json";

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(RepoFiles.Read(SchemaFile), new BuildOptions()));

    private static JsonNode Shipped() => Parse(RepoFiles.Read(ConfigFile));

    private static JsonObject SchemaNode() => Parse(RepoFiles.Read(SchemaFile)).AsObject();

    private static EvaluationResults Evaluate(JsonNode instance)
    {
        using var document = JsonDocument.Parse(instance.ToJsonString());
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    /// <summary>The failures, leaving out the "if" of if/then, whose not matching is no error.</summary>
    private static string Describe(EvaluationResults results) => string.Join("; ",
        (results.Details ?? []).Where(d => d.Errors != null && !d.EvaluationPath.ToString().Contains("/if"))
            .SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)));

    [TestMethod]
    public void SchemaIsDraft202012()
    {
        Assert.AreEqual("https://json-schema.org/draft/2020-12/schema", (string?)SchemaNode()["$schema"]);
    }

    [TestMethod]
    public void ShippedConfigurationMatchesTheSchema()
    {
        var results = Evaluate(Shipped());
        Assert.IsTrue(results.IsValid, ConfigFile + " does not match the schema: " + Describe(results));
    }

    [TestMethod]
    public void ShippedConfigurationUsesEspAtWiring()
    {
        var uart = At(Shipped(), "uart");
        Assert.AreEqual("COM2", (string?)uart["port"]);
        Assert.AreEqual(17, (int?)uart["txPin"]);
        Assert.AreEqual(16, (int?)uart["rxPin"]);
        Assert.AreEqual(15, (int?)uart["ctsPin"]);
        Assert.AreEqual(14, (int?)uart["rtsPin"]);
        Assert.AreEqual(115200, (int?)uart["baudRate"]);
        Assert.AreEqual("none", (string?)uart["flowControl"]);
    }

    [TestMethod]
    public void ShippedValuesAreTheDocumentedDefaults()
    {
        var mismatches = new List<string>();
        foreach (var (section, key) in SchemaDefaults())
        {
            JsonNode? shipped = Shipped()[section]?[key];
            JsonNode documented = At(SchemaNode(), "properties", section, "properties", key, "default");
            if (shipped != null && !JsonNode.DeepEquals(shipped, documented))
            {
                mismatches.Add(section + "." + key + ": shipped " + shipped.ToJsonString() + ", schema default " + documented.ToJsonString());
            }
        }
        Assert.AreEqual(0, mismatches.Count, string.Join("; ", mismatches));
    }

    [TestMethod]
    public void SchemaDefaultsAreTheFirmwareDefaults()
    {
        var firmware = FirmwareDefaults();
        var fields = new Dictionary<string, string>
        {
            ["uart.port"] = "UartPort",
            ["uart.txPin"] = "TxPin",
            ["uart.rxPin"] = "RxPin",
            ["uart.ctsPin"] = "CtsPin",
            ["uart.rtsPin"] = "RtsPin",
            ["uart.baudRate"] = "BaudRate",
            ["uart.flowControl"] = "FlowControl",
            ["uart.bufferSize"] = "BufferSize",
            ["limits.maxPubRawLength"] = "MaxPubRawLengthBytes",
            ["limits.topicCapacity"] = "TopicCapacity",
            ["limits.heldUrcBytes"] = "HeldUrcBytes",
            ["limits.maxInboundMessageLength"] = "MaxInboundMessageLength",
            ["mqtt.reconnectIntervalMs"] = "ReconnectIntervalMs",
            ["mqtt.tlsVersion"] = "TlsVersion",
        };
        var mismatches = new List<string>();
        foreach (var (section, key) in SchemaDefaults())
        {
            string name = section + "." + key;
            if (section is "flashing" or "certificates")
            {
                continue;
            }
            Assert.IsTrue(fields.ContainsKey(name), name + " has a schema default but no DeviceConfig field is mapped to it in this test");
            JsonNode documented = At(SchemaNode(), "properties", section, "properties", key, "default");
            string expected = documented.GetValueKind() == JsonValueKind.String ? documented.GetValue<string>() : documented.ToJsonString();
            string actual = firmware.TryGetValue(fields[name], out var v) ? v : "(no such field)";
            if (expected != actual)
            {
                mismatches.Add(name + ": schema " + expected + ", DeviceConfig." + fields[name] + " " + actual);
            }
        }
        Assert.AreEqual(0, mismatches.Count, string.Join("; ", mismatches));
    }

    [TestMethod]
    public void SchemaRangesAreTheFirmwareRanges()
    {
        var firmware = FirmwareDefaults();
        JsonObject schema = SchemaNode();
        var ranges = new (string Label, JsonNode Node, string Min, string Max)[]
        {
            ("gpio", At(schema, "$defs", "gpio"), "MinPin", "MaxPin"),
            ("uart.baudRate", At(schema, "properties", "uart", "properties", "baudRate"), "MinBaudRate", "MaxBaudRate"),
            ("uart.bufferSize", At(schema, "properties", "uart", "properties", "bufferSize"), "MinBufferSize", "MaxBufferSize"),
        };
        foreach (var (label, node, min, max) in ranges)
        {
            Assert.AreEqual(firmware[min], node["minimum"]?.ToJsonString(),
                label + ": schema minimum " + node["minimum"]?.ToJsonString() + ", DeviceConfig." + min + " " + firmware[min]);
            Assert.AreEqual(firmware[max], node["maximum"]?.ToJsonString(),
                label + ": schema maximum " + node["maximum"]?.ToJsonString() + ", DeviceConfig." + max + " " + firmware[max]);
        }
    }

    [TestMethod]
    [DataRow("uart.baudRate", "\"115200\"", DisplayName = "wrong type: baud rate as a string")]
    [DataRow("uart.txPin", "17.5", DisplayName = "wrong type: fractional pin")]
    [DataRow("uart.flowControl", "true", DisplayName = "wrong type: flow control as a bool")]
    [DataRow("limits", "[]", DisplayName = "wrong type: section as an array")]
    [DataRow("certificates", "{}", DisplayName = "wrong type: certificates as an object")]
    [DataRow("uart.txPin", "49", DisplayName = "out of range: pin above 48")]
    [DataRow("uart.rxPin", "-1", DisplayName = "out of range: negative pin")]
    [DataRow("uart.baudRate", "299", DisplayName = "out of range: baud rate below 300")]
    [DataRow("uart.bufferSize", "100000", DisplayName = "out of range: buffer above 64 KiB")]
    [DataRow("limits.topicCapacity", "0", DisplayName = "out of range: no topics")]
    [DataRow("limits.maxPubRawLength", "0", DisplayName = "out of range: empty PUBRAW limit")]
    [DataRow("mqtt.reconnectIntervalMs", "99", DisplayName = "out of range: reconnect interval below 100 ms")]
    [DataRow("uart.port", "\"COM1\"", DisplayName = "not allowed: COM1 (the debugger's UART)")]
    [DataRow("uart.flowControl", "\"xonxoff\"", DisplayName = "not allowed: software flow control")]
    [DataRow("mqtt.tlsVersion", "\"1.1\"", DisplayName = "not allowed: TLS 1.1")]
    [DataRow("flashing.target", "\"esp32\"", DisplayName = "not allowed: lower-case target")]
    [DataRow("flashing.serialPort", "\"\"", DisplayName = "not allowed: empty serial port")]
    [DataRow("uart.parity", "\"even\"", DisplayName = "unknown property in uart")]
    [DataRow("wifi", "{}", DisplayName = "unknown top-level section")]
    [DataRow("mqtt.keepAlive", "60", DisplayName = "unknown property in mqtt")]
    [DataRow("certificates", "[{\"source\":\"ca.pem\",\"storageName\":\"ca.pem\"}]", DisplayName = "not allowed: storage name ESP-AT does not use")]
    [DataRow("certificates", "[{\"source\":\"ca.pem\",\"storageName\":\"mqtt_ca.pem\",\"mode\":1}]", DisplayName = "unknown property in a certificate entry")]
    [DataRow("certificates", "[{\"storageName\":\"mqtt_ca.pem\"}]", DisplayName = "missing required: certificate source")]
    public void RejectsABadValue(string path, string json)
    {
        JsonNode config = Shipped();
        Set(config, path, JsonNode.Parse(json));
        Assert.IsFalse(Evaluate(config).IsValid, path + " = " + json + " was accepted");
    }

    [TestMethod]
    [DataRow("uart", DisplayName = "missing required: uart")]
    [DataRow("flashing", DisplayName = "missing required: flashing")]
    [DataRow("uart.port", DisplayName = "missing required: uart.port")]
    [DataRow("uart.txPin", DisplayName = "missing required: uart.txPin")]
    [DataRow("uart.rxPin", DisplayName = "missing required: uart.rxPin")]
    [DataRow("uart.baudRate", DisplayName = "missing required: uart.baudRate")]
    [DataRow("flashing.target", DisplayName = "missing required: flashing.target")]
    [DataRow("flashing.serialPort", DisplayName = "missing required: flashing.serialPort")]
    public void RejectsAMissingRequiredField(string path)
    {
        JsonNode config = Shipped();
        Remove(config, path);
        Assert.IsFalse(Evaluate(config).IsValid, "accepted without " + path);
    }

    [TestMethod]
    [DataRow("ctsPin")]
    [DataRow("rtsPin")]
    public void RtsCtsNeedsBothPins(string pin)
    {
        JsonNode config = Shipped();
        Set(config, "uart.flowControl", JsonValue.Create("rtscts"));
        Assert.IsTrue(Evaluate(config).IsValid, "rtscts with both pins was refused: " + Describe(Evaluate(config)));
        Remove(config, "uart." + pin);
        Assert.IsFalse(Evaluate(config).IsValid, "rtscts without " + pin + " was accepted");
    }

    [TestMethod]
    public void AcceptsTheSmallestConfiguration()
    {
        var config = Parse("""
            { "uart": { "port": "COM2", "txPin": 17, "rxPin": 16, "baudRate": 115200 },
              "flashing": { "target": "ESP32_REV3", "serialPort": "/dev/ttyUSB0" } }
            """);
        var results = Evaluate(config);
        Assert.IsTrue(results.IsValid, Describe(results));
    }

    [TestMethod]
    public void AcceptsEveryCertificateName()
    {
        JsonNode config = Shipped();
        var list = new JsonArray();
        foreach (string name in new[] { "mqtt_ca.pem", "mqtt_cert.pem", "mqtt_key.pem", "mqtt_ca_1.pem", "mqtt_cert_1.pem", "mqtt_key_1.pem" })
        {
            list.Add(new JsonObject { ["source"] = "certs/" + name, ["storageName"] = name });
        }
        config["certificates"] = list;
        var results = Evaluate(config);
        Assert.IsTrue(results.IsValid, Describe(results));
    }

    /// <summary>(section, key) of every schema property that documents a default.</summary>
    private static IEnumerable<(string Section, string Key)> SchemaDefaults()
    {
        foreach (var section in At(SchemaNode(), "properties").AsObject())
        {
            if (section.Value?["properties"] is not JsonObject properties)
            {
                continue;
            }
            foreach (var property in properties)
            {
                if (property.Value?["default"] != null)
                {
                    yield return (section.Key, property.Key);
                }
            }
        }
    }

    /// <summary>DeviceConfig's defaults (a new instance's fields) and its range constants, as invariant text.</summary>
    private static Dictionary<string, string> FirmwareDefaults()
    {
        var config = new DeviceConfig();
        return typeof(DeviceConfig).GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance)
            .ToDictionary(f => f.Name,
                f => Convert.ToString(f.IsLiteral ? f.GetRawConstantValue() : f.GetValue(config), CultureInfo.InvariantCulture) ?? "null",
                StringComparer.Ordinal);
    }

    /// <param name="value">null writes JSON null.</param>
    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        string[] parts = path.Split('.');
        At(root, parts[..^1])[parts[^1]] = value;
    }

    private static void Remove(JsonNode root, string path)
    {
        string[] parts = path.Split('.');
        Assert.IsTrue(At(root, parts[..^1]).AsObject().Remove(parts[^1]), path + " is not in the shipped configuration");
    }

    /// <summary>JSON text that is not the literal null.</summary>
    private static JsonNode Parse(string json) =>
        JsonNode.Parse(json) ?? throw new AssertFailedException("JSON null where a value was expected");

    /// <summary>The node at the property path; a missing step fails the test with its path, not a null dereference.</summary>
    private static JsonNode At(JsonNode root, params string[] path)
    {
        JsonNode node = root;
        foreach (string name in path)
        {
            node = node[name] ?? throw new AssertFailedException(node.GetPath() + " has no \"" + name + "\"");
        }
        return node;
    }
}
