using System.Text.Json;

namespace Infra.Core.Settings;

/// <summary>List and object fields of an entry, each problem at its own index.</summary>
public sealed partial class ConfigEntry
{
    /// <summary>
    /// A non-empty list of strings, or null when absent; null after reporting when it is anything
    /// else. An item that is no string is reported, and the others are returned to be checked too.
    /// </summary>
    public IReadOnlyList<ConfigItem>? OptionalStrings(string field, string rule) =>
        _element.TryGetProperty(field, out var value) ? Strings($"{Path}.{field}", value, rule) : null;

    public IReadOnlyList<ConfigItem>? RequiredStrings(string field, string rule)
    {
        _problems.Check(_element.TryGetProperty(field, out _), $"{Path}.{field}", null, $"required: a list of {rule}");
        return OptionalStrings(field, rule);
    }

    /// <summary>An object field, or null when absent; null after reporting when it is not an object.</summary>
    public JsonElement? OptionalObject(string field, string rule)
    {
        if (!_element.TryGetProperty(field, out var value))
        {
            return null;
        }
        return _problems.Check(value.ValueKind == JsonValueKind.Object, $"{Path}.{field}", JsonConfig.Text(value), $"must be {rule}")
            ? value
            : null;
    }

    private List<ConfigItem>? Strings(string key, JsonElement list, string rule)
    {
        if (!_problems.Check(list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0, key, JsonConfig.Text(list), $"must be a non-empty list of {rule}"))
        {
            return null;
        }
        var items = list.EnumerateArray().Select((item, index) => (Item: item, Key: $"{key}[{index}]")).ToList();
        var notStrings = items.Where(i => i.Item.ValueKind != JsonValueKind.String).ToList();
        foreach (var (item, itemKey) in notStrings)
        {
            _problems.Add(itemKey, JsonConfig.Text(item), $"must be a string: {rule}");
        }
        // The strings are still returned for their own checks (every problem at once); the
        // problems reported here keep the parse from declaring anything built from a partial list.
        var strings = items.Where(i => i.Item.ValueKind == JsonValueKind.String).Select(i => new ConfigItem(i.Key, i.Item.GetString()!)).ToList();
        return strings.Count > 0 ? strings : null;
    }
}
