using System.Text.Json.Nodes;

namespace EspAtNano.Tests;

/// <summary>
/// Each engine limit is defined once, in EngineLimits (its range on every platform and the
/// ESP32's default), and taken from there: EngineOptions' defaults, AtEngine's refusal of options
/// out of range, and the device schema nf-device-config.schema.json. (The twin's command line:
/// AtFirmware.Desktop.Tests/LimitOptionTests.cs.)
/// </summary>
[TestClass]
public sealed class LimitTests
{
    /// <summary>Where each limit is set in nf-device-config.json.</summary>
    private static readonly Dictionary<string, (string Section, string Key)> DeviceKeys = new()
    {
        ["TopicCapacity"] = ("limits", "topicCapacity"),
        ["MaxRawDataLength"] = ("limits", "maxPubRawLength"),
        ["HeldUrcBytes"] = ("limits", "heldUrcBytes"),
        ["MaxInboundMessageLength"] = ("limits", "maxInboundMessageLength"),
        ["ReconnectIntervalMs"] = ("mqtt", "reconnectIntervalMs"),
    };

    private static System.Reflection.FieldInfo OptionField(EngineLimit limit) =>
        typeof(EngineOptions).GetField(limit.Name) ?? throw new AssertFailedException("EngineOptions has no field " + limit.Name);

    private static EngineOptions OptionsWith(EngineLimit limit, int value)
    {
        var options = new EngineOptions();
        OptionField(limit).SetValue(options, value);
        return options;
    }

    private static string Refusal(EngineLimit limit, int value) => $"{limit.Name} must be {limit.Min}–{limit.Max}, not {value}";

    [TestMethod]
    public void EveryNumberInTheOptionsIsALimit()
    {
        var numbers = typeof(EngineOptions).GetFields().Where(f => f.FieldType == typeof(int)).Select(f => f.Name).Order();
        var limits = EngineLimits.All.Select(l => l.Name).Order();
        CollectionAssert.AreEqual(numbers.ToList(), limits.ToList());
    }

    [TestMethod]
    public void EachDefaultIsInsideItsRange()
    {
        foreach (EngineLimit limit in EngineLimits.All)
        {
            Assert.IsTrue(limit.Min <= limit.Default && limit.Default <= limit.Max,
                $"{limit.Name}: default {limit.Default} outside {limit.Min}–{limit.Max}");
        }
    }

    [TestMethod]
    public void TheOptionsStartAtTheLimitsDefaults()
    {
        var options = new EngineOptions();
        foreach (EngineLimit limit in EngineLimits.All)
        {
            Assert.AreEqual(limit.Default, (int?)OptionField(limit).GetValue(options), limit.Name);
        }
        Assert.IsNull(options.Validate());
    }

    [TestMethod]
    public void BothEndsOfARangeAreAccepted()
    {
        foreach (EngineLimit limit in EngineLimits.All)
        {
            Assert.IsNull(OptionsWith(limit, limit.Min).Validate(), limit.Name + " = its minimum");
            Assert.IsNull(OptionsWith(limit, limit.Max).Validate(), limit.Name + " = its maximum");
        }
    }

    [TestMethod]
    public void AValueJustOutsideARangeIsRefusedNamingTheRange()
    {
        foreach (EngineLimit limit in EngineLimits.All)
        {
            Assert.AreEqual(Refusal(limit, limit.Min - 1), OptionsWith(limit, limit.Min - 1).Validate());
            Assert.AreEqual(Refusal(limit, limit.Max + 1), OptionsWith(limit, limit.Max + 1).Validate());
        }
    }

    [TestMethod]
    public void OptionsWithoutCapabilitiesAreRefused()
    {
        Assert.AreEqual("Capabilities must be set", new EngineOptions { Capabilities = null }.Validate());
    }

    [TestMethod]
    public void TheEngineRefusesOptionsOutOfRangeWithTheReason()
    {
        EngineLimit held = EngineLimits.HeldUrcBytes;
        var e = Assert.ThrowsExactly<ArgumentException>(() => new Module(configure: o => o.HeldUrcBytes = held.Min - 1));
        Assert.AreEqual(Refusal(held, held.Min - 1), e.Message);
    }

    [TestMethod]
    public void TheDeviceSchemaStatesEachLimitsRangeAndDefault()
    {
        JsonNode? properties = JsonNode.Parse(RepoFiles.Read("nf-device-config.schema.json"))?["properties"];
        foreach (EngineLimit limit in EngineLimits.All)
        {
            Assert.IsTrue(DeviceKeys.TryGetValue(limit.Name, out var place), limit.Name + " has no place in nf-device-config.json in this test");
            string name = place.Section + "." + place.Key;
            JsonNode? node = properties?[place.Section]?["properties"]?[place.Key];
            Assert.IsNotNull(node, name + " is not in the schema");
            Assert.AreEqual(limit.Min, (int?)node["minimum"], name + " minimum");
            Assert.AreEqual(limit.Max, (int?)node["maximum"], name + " maximum");
            Assert.AreEqual(limit.Default, (int?)node["default"], name + " default");
        }
    }
}
