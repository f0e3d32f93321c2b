using Infra.Core.Grants;
using Infra.Core.Settings;

namespace Infra.Core.Policies;

/// <summary>The document of one policy slot: every statement of its grants.</summary>
public static class PermissionPolicy
{
    public static PolicyDocument For(PolicySlot slot, ArnScope scope)
    {
        // Sids must be unique per policy: each names what it grants and the resource, and a grant
        // whose readable Sids collide with another's gets its hash appended.
        var plain = slot.Grants.Select(g => (Grant: g, Statements: Named(g, scope, g.SidStem))).ToList();
        var taken = plain.SelectMany(p => p.Statements).GroupBy(s => s.Sid).Where(s => s.Count() > 1).Select(s => s.Key).ToHashSet();
        return new([.. plain.SelectMany(p => p.Statements.Any(s => taken.Contains(s.Sid))
            ? Named(p.Grant, scope, p.Grant.SidStem + PolicyPacking.ShortHash(p.Grant))
            : p.Statements)]);
    }

    private static List<PolicyStatement> Named(Grant grant, ArnScope scope, string suffix) =>
        [.. grant.Statements(scope).Select(s => s with { Sid = s.Sid + suffix })];
}
