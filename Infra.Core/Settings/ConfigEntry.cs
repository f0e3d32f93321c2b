using System.Text.Json;

namespace Infra.Core.Settings;

/// <summary>One object inside a structured value (e.g. <c>access.s3[0]</c>): known fields, typed reads.</summary>
public sealed partial class ConfigEntry
{
    private readonly JsonElement _element;
    private readonly Problems _problems;

    public ConfigEntry(JsonElement element, string path, Problems problems, IReadOnlyList<string> fields)
    {
        (_element, Path, _problems) = (element, path, problems);
        foreach (var property in element.EnumerateObject().Where(p => !fields.Contains(p.Name)))
        {
            problems.Add($"{path}.{property.Name}", JsonConfig.Text(property.Value), ClosestName.Hint(property.Name, fields));
        }
    }

    public string Path { get; }

    public bool Has(string field) => _element.TryGetProperty(field, out _);

    public string? Optional(string field)
    {
        if (!_element.TryGetProperty(field, out var value))
        {
            return null;
        }
        _problems.Check(value.ValueKind == JsonValueKind.String, $"{Path}.{field}", JsonConfig.Text(value), "must be a string");
        return value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    public string? Required(string field, string rule)
    {
        var value = Optional(field);
        _problems.Check(_element.TryGetProperty(field, out _), $"{Path}.{field}", null, $"required: {rule}");
        return value;
    }
}
