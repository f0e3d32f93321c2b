namespace Infra.Core.Policies;

/// <summary>One IAM statement. Always <c>Allow</c>: this program never needs a Deny.</summary>
public sealed record PolicyStatement(
    string Sid,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> Resources,
    IReadOnlyList<PolicyCondition>? Conditions = null)
{
    public IReadOnlyList<PolicyCondition> ConditionList => Conditions ?? [];
}

/// <summary>One condition: <c>"Operator": { "Key": [values] }</c>.</summary>
public sealed record PolicyCondition(string Operator, string Key, IReadOnlyList<string> Values);
