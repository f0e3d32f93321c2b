using System.Text.Json;

namespace Infra.Core.Settings;

/// <summary>Fields whose value is one of a few words, and pairs of fields of which exactly one is given.</summary>
public sealed partial class ConfigEntry
{
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
