namespace Infra.Core.Reference;

/// <summary>One action of AWS's Service Authorization Reference, spelt as AWS spells it.</summary>
public sealed record ActionInfo(string Service, string Name, IReadOnlyList<ActionResource> Resources, IReadOnlyList<string> ConditionKeys)
{
    /// <summary><c>service:Action</c>, e.g. <c>s3:GetObject</c>.</summary>
    public string FullName { get; } = $"{Service}:{Name}";

    /// <summary>True when the reference marks none of the action's resource types as required.</summary>
    public bool NeedsNoResource { get; } = !Resources.Any(r => r.Required);

    /// <summary>True when the reference lists the resource type (e.g. <c>index</c> for <c>dynamodb:Query</c>) among the action's.</summary>
    public bool AppliesTo(string resourceType) => Resources.Any(r => r.Type == resourceType);
}
