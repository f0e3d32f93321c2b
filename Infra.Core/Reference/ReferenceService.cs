namespace Infra.Core.Reference;

// One service of the snapshot, its records built once when the reference loads.
internal sealed class ReferenceService(string prefix, ServiceFile file)
{
    public IReadOnlyDictionary<string, ActionInfo> Actions { get; } = file.Actions.ToDictionary(
        a => a.Key,
        a => new ActionInfo(prefix, a.Key, [.. a.Value.Resources.Select(r => new ActionResource(r.Type, r.Required, r.ConditionKeys))], a.Value.ConditionKeys),
        StringComparer.Ordinal);

    // IAM matches action names case-insensitively: this finds what a differently cased name means.
    public IReadOnlyDictionary<string, ActionInfo> ActionsIgnoringCase => _ignoringCase ??= Actions.Values.ToDictionary(a => a.Name, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, ResourceTypeInfo> ResourceTypes { get; } = file.ResourceTypes.ToDictionary(
        t => t.Key,
        t => new ResourceTypeInfo(prefix, t.Key, t.Value.Arns, t.Value.ConditionKeys),
        StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> ConditionKeys { get; } = file.ConditionKeys;

    private Dictionary<string, ActionInfo>? _ignoringCase;
}
