using Infra.Core.Settings;

namespace Infra.Core.Policies;

/// <summary>
/// The document of one policy slot. Statements of its grants with the same Sid, actions and
/// conditions merge into one listing all their resources, so each grant costs its resources alone.
/// </summary>
public static class PermissionPolicy
{
    public static PolicyDocument For(PolicySlot slot, ArnScope scope)
    {
        var merged = slot.Grants
            .OrderBy(grant => grant.Identity, StringComparer.Ordinal)
            .SelectMany(grant => grant.Statements(scope).Select(statement => new MergedStatement(grant, statement)))
            .GroupBy(part => MergeKey(part.Statement), StringComparer.Ordinal)
            .Select(parts => parts.First() with
            {
                Statement = parts.First().Statement with
                {
                    Resources = [.. parts.SelectMany(p => p.Statement.Resources).Distinct().Order(StringComparer.Ordinal)],
                },
            });
        return new(StatementSids.Unique([.. merged]));
    }

    private static string MergeKey(PolicyStatement statement) => $"{statement.Sid}\n{statement.GrantKey}";
}
