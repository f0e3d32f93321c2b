using System.Text.Json;

namespace Infra.Core.Settings;

/// <summary>One object inside a structured value (e.g. <c>access.s3[0]</c>): known fields, typed reads.</summary>
public sealed class ConfigEntry
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

    public AccessLevel? Access()
    {
        const string rule = $"'{AccessLevels.Read}' or '{AccessLevels.ReadWrite}'";
        return Required("access", rule) switch
        {
            null => null,
            AccessLevels.Read => AccessLevel.Read,
            AccessLevels.ReadWrite => AccessLevel.ReadWrite,
            var other => Invalid(other),
        };

        AccessLevel? Invalid(string other)
        {
            _problems.Add($"{Path}.access", other, $"must be {rule} (case matters)");
            return null;
        }
    }

    /// <summary>A required field whose value must be one of <paramref name="values"/> (case matters).</summary>
    public string? Choice(string field, IReadOnlyList<string> values)
    {
        var rule = string.Join(" or ", values.Select(v => $"'{v}'"));
        var value = Required(field, rule);
        return value is null || _problems.Check(values.Contains(value), $"{Path}.{field}", value, $"must be {rule} (case matters)")
            ? value
            : null;
    }

    /// <summary>
    /// Exactly one of two fields (e.g. an SSM <c>parameter</c> or a <c>path</c>): which one, and its value;
    /// null (with a problem) when neither or both are there.
    /// </summary>
    public (string Field, string Value)? OneOf(string first, string second, string rule)
    {
        string[] present = [.. new[] { first, second }.Where(f => _element.TryGetProperty(f, out _))];
        _problems.Check(present.Length > 0, $"{Path}.{first}", null, $"required: '{first}' or '{second}': {rule}");
        if (present.Length == 2)
        {
            _problems.Add($"{Path}.{second}", JsonConfig.Text(_element.GetProperty(second)), $"give '{first}' or '{second}', not both");
        }
        return present is [var field] && Optional(field) is { } value ? (field, value) : null;
    }
}
