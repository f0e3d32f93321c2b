using System.Text.Json;

namespace Infra.Core.Settings;

/// <summary>
/// The config keys the Pulumi language host passes in <c>PULUMI_CONFIG</c> (a JSON object of full
/// keys to strings), so that a misspelt project key reaches validation: the .NET SDK offers no
/// public way to list keys, and the CLI checks only the keys Pulumi.yaml declares.
/// </summary>
public static class PulumiConfigVariables
{
    public const string Config = "PULUMI_CONFIG";
    public const string SecretKeys = "PULUMI_CONFIG_SECRET_KEYS";

    /// <summary>The names (without namespace) of the project's keys; none when the variable is absent or unreadable.</summary>
    public static IReadOnlyList<string> ProjectKeyNames(string? configJson, string project) =>
        [.. Names(configJson, JsonValueKind.Object)
            .Select(CleanKey)
            .Where(k => k.StartsWith($"{project}:", StringComparison.Ordinal))
            .Select(k => k[(project.Length + 1)..])
            .Distinct(StringComparer.Ordinal)];

    public static bool IsSecret(string? secretKeysJson, string fullKey) =>
        Names(secretKeysJson, JsonValueKind.Array).Select(CleanKey).Contains(fullKey, StringComparer.Ordinal);

    private static List<string> Names(string? json, JsonValueKind kind)
    {
        try
        {
            using var document = JsonDocument.Parse(json ?? "");
            var root = document.RootElement;
            return root.ValueKind != kind ? []
                : kind == JsonValueKind.Object ? [.. root.EnumerateObject().Select(p => p.Name)]
                : [.. root.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)];
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            return [];
        }
    }

    // "project:config:key" is the legacy form; the SDK reads it as "project:key" (Deployment_Config.cs CleanKey).
    private static string CleanKey(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && key.AsSpan(colon + 1).StartsWith("config:", StringComparison.Ordinal)
            ? string.Concat(key.AsSpan(0, colon + 1), key.AsSpan(colon + 1 + "config:".Length))
            : key;
    }
}
