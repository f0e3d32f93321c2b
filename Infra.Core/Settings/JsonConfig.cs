using System.Text.Json;

namespace Infra.Core.Settings;

/// <summary>
/// Structured config values arrive as JSON text. Any decoding failure (not JSON, too deep, a lone
/// surrogate, escaped or not) is that key's config problem, never a crash later on.
/// </summary>
public static class JsonConfig
{
    public static JsonElement? Parse(string key, string raw, JsonValueKind expected, string fix, Problems problems)
    {
        try
        {
            using var document = JsonDocument.Parse(raw);
            var root = document.RootElement;
            if (root.ValueKind == expected && Decodes(root))
            {
                return root.Clone();
            }
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            // Not JSON at all, or text that is not valid UTF-16 (a lone surrogate): reported below
            // with the same fix as a JSON value of the wrong shape.
        }
        problems.Add(key, raw, fix);
        return null;
    }

    public static string Text(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();

    // JsonDocument accepts "\ud800", but reading such a string as .NET text throws.
    private static bool Decodes(JsonElement element)
    {
        try
        {
            return element.ValueKind switch
            {
                JsonValueKind.String => element.GetString() is not null,
                JsonValueKind.Array => element.EnumerateArray().All(Decodes),
                JsonValueKind.Object => element.EnumerateObject().All(p => p.Name is not null && Decodes(p.Value)),
                _ => true,
            };
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
