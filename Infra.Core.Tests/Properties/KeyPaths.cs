using System.Text.Json;
using Infra.Core.Settings;

namespace Infra.Core.Tests.Properties;

/// <summary>Whether a problem's key names a real place in the config it was found in.</summary>
public static class KeyPaths
{
    public static bool Resolves(ConfigProblem problem, IReadOnlyDictionary<string, string> config)
    {
        var top = config.Keys.Where(k => problem.Key == k || problem.Key.StartsWith(k + ".", StringComparison.Ordinal)
                || problem.Key.StartsWith(k + "[", StringComparison.Ordinal))
            .OrderByDescending(k => k.Length).FirstOrDefault();
        if (top is null)
        {
            // Only a required key may be named while absent.
            return problem.Value is null && IsKnown(problem.Key);
        }
        var rest = problem.Key[top.Length..];
        if (rest.Length == 0)
        {
            return true;
        }
        using var document = JsonDocument.Parse(config[top]);
        return Walk(document.RootElement, rest, problem.Value is null);
    }

    private static bool IsKnown(string key) =>
        ConfigKeys.AwsKeys.Contains(key) || ConfigKeys.ProjectKeys.Any(k => key == $"{ConfigGen.P}:{k}");

    // Object keys may hold '.', '[' or ':', so each property is tried as the next segment.
    private static bool Walk(JsonElement node, string rest, bool lastMayBeMissing)
    {
        if (rest.Length == 0)
        {
            return true;
        }
        if (node.ValueKind == JsonValueKind.Array && rest[0] == '[')
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            return close > 1 && int.TryParse(rest[1..close], out var i) && i < node.GetArrayLength()
                && Walk(node[i], rest[(close + 1)..], lastMayBeMissing);
        }
        if (node.ValueKind != JsonValueKind.Object || rest[0] != '.')
        {
            return false;
        }
        var found = node.EnumerateObject().Any(p => Follows(rest, p.Name) && Walk(p.Value, rest[(1 + p.Name.Length)..], lastMayBeMissing));
        return found || (lastMayBeMissing && rest.IndexOfAny(['.', '['], 1) < 0);
    }

    private static bool Follows(string rest, string name) =>
        rest.AsSpan(1).StartsWith(name, StringComparison.Ordinal)
        && (rest.Length == 1 + name.Length || rest[1 + name.Length] is '.' or '[');
}
