using System.Text.Json;

namespace Infra.Core.Settings;

/// <summary>Structured config values arrive as JSON text; a parse failure is a config problem, not a crash.</summary>
public static class JsonConfig
{
    public static JsonElement? Parse(string key, string raw, JsonValueKind expected, string fix, Problems problems)
    {
        try
        {
            using var document = JsonDocument.Parse(raw);
            if (document.RootElement.ValueKind == expected)
            {
                return document.RootElement.Clone();
            }
        }
        catch (JsonException)
        {
            // Not JSON at all: reported below with the same fix as a JSON value of the wrong shape.
        }
        problems.Add(key, raw, fix);
        return null;
    }

    public static string Text(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
}
