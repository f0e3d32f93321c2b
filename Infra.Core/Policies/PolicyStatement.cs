namespace Infra.Core.Policies;

/// <summary>One IAM statement. Always <c>Allow</c>: this program never needs a Deny.</summary>
public sealed record PolicyStatement(
    string Sid,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> Resources,
    IReadOnlyList<PolicyCondition>? Conditions = null)
{
    public IReadOnlyList<PolicyCondition> ConditionList => Conditions ?? [];

    /// <summary>
    /// What the statement grants, apart from its Sid and resources: its actions and conditions, in a
    /// stable order. Two statements with the same key may list their resources in one.
    /// </summary>
    public string GrantKey => string.Join('\n',
        [
            string.Join(' ', Actions.Distinct().Order(StringComparer.Ordinal)),
            .. ConditionList
                .Select(c => $"{c.Operator} {c.Key} {string.Join(' ', c.Values.Distinct().Order(StringComparer.Ordinal))}")
                .Order(StringComparer.Ordinal),
        ]);
}

/// <summary>One condition: <c>"Operator": { "Key": [values] }</c>.</summary>
public sealed record PolicyCondition(string Operator, string Key, IReadOnlyList<string> Values);
