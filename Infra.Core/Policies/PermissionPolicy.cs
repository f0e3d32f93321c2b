using Infra.Core.Settings;

namespace Infra.Core.Policies;

/// <summary>The document of one policy slot: every statement of its grants.</summary>
public static class PermissionPolicy
{
    public static PolicyDocument For(PolicySlot slot, ArnScope scope)
    {
        // Sids must be unique per policy; a grant whose readable Sids collide gets its hash appended.
        var plain = slot.Grants.Select(g => (Grant: g, Sids: g.Statements(scope, "").Select(s => s.Sid).ToList())).ToList();
        var taken = plain.SelectMany(p => p.Sids).GroupBy(s => s).Where(s => s.Count() > 1).Select(s => s.Key).ToHashSet();
        return new([.. plain.SelectMany(p => p.Sids.Any(taken.Contains)
            ? p.Grant.Statements(scope, PolicyPacking.ShortHash(p.Grant))
            : p.Grant.Statements(scope, ""))]);
    }
}
