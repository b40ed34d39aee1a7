using System.Text.Json;
using System.Text.Json.Nodes;
using EspAtNano.Engine.Device;

namespace EspAtNano.Tests.Device;

/// <summary>
/// A JSON object as nanoFramework.Json hands it to the device's reader: int for integers that fit,
/// long for larger ones, double for fractions, string, bool, null, nested objects; an array is
/// passed as an object[] (the reader uses none).
/// </summary>
public sealed class JsonConfigObject : IConfigObject
{
    private readonly JsonObject _node;

    public JsonConfigObject(JsonObject node)
    {
        _node = node;
    }

    public static JsonConfigObject Parse(string json) => new((JsonNode.Parse(json) ?? throw new AssertFailedException("JSON null")).AsObject());

    public bool TryGet(string key, out object? value)
    {
        if (!_node.TryGetPropertyValue(key, out JsonNode? node))
        {
            value = null;
            return false;
        }
        value = Convert(node);
        return true;
    }

    private static object? Convert(JsonNode? node)
    {
        switch (node?.GetValueKind())
        {
            case null:
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Object:
                return new JsonConfigObject(node.AsObject());
            case JsonValueKind.Array:
                return node.AsArray().Select(Convert).ToArray();
            case JsonValueKind.String:
                return node.GetValue<string>();
            case JsonValueKind.True:
            case JsonValueKind.False:
                return node.GetValue<bool>();
            default:
                JsonElement number = node.GetValue<JsonElement>();
                if (number.TryGetInt32(out int small))
                {
                    return small;
                }
                if (number.TryGetInt64(out long large))
                {
                    return large;
                }
                return number.GetDouble();
        }
    }
}
