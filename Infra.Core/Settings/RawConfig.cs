namespace Infra.Core.Settings;

/// <summary>
/// The stack config as Pulumi hands it to a program: full keys (<c>project:key</c>, <c>aws:region</c>)
/// to raw strings, with structured values (lists, objects) as JSON text.
/// </summary>
public sealed record RawConfig(string Project, string Stack, IReadOnlyDictionary<string, string> Values)
{
    public string? Get(string fullKey) => Values.TryGetValue(fullKey, out var value) && value.Length > 0 ? value : null;
}
