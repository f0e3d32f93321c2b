using System.Text.Json;

namespace Infra.Core.Settings;

/// <summary>Boolean fields of an entry, written as JSON true or false.</summary>
public sealed partial class ConfigEntry
{
    /// <summary>The flag's value; false when absent, and false after reporting when it is not a boolean.</summary>
    public bool OptionalFlag(string field)
    {
        if (!_element.TryGetProperty(field, out var value))
        {
            return false;
        }
        var isFlag = value.ValueKind is JsonValueKind.True or JsonValueKind.False;
        _problems.Check(isFlag, $"{Path}.{field}", JsonConfig.Text(value), "must be true or false (unquoted)");
        return isFlag && value.GetBoolean();
    }
}
