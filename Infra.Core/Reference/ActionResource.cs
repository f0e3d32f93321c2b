namespace Infra.Core.Reference;

/// <summary>A resource type an action applies to, whether the reference marks it required, and its action-specific keys.</summary>
public sealed record ActionResource(string Type, bool Required, IReadOnlyList<string> ConditionKeys);
