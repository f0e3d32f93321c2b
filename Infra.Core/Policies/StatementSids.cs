namespace Infra.Core.Policies;

/// <summary>
/// Sids must be unique in a policy. A statement keeps its group Sid (<c>S3List</c>) while it is the
/// only one of its group; merged statements of one group with different conditions add the Sid stem
/// of their first grant, and the first grant's hash when even those collide.
/// </summary>
public static class StatementSids
{
    public static IReadOnlyList<PolicyStatement> Unique(IReadOnlyList<MergedStatement> statements) =>
        [.. SuffixShared(SuffixShared(statements, s => s.First.SidStem), s => PolicyPacking.ShortHash(s.First)).Select(s => s.Statement)];

    // Appends the suffix to the Sid of every statement whose Sid another statement shares.
    private static List<MergedStatement> SuffixShared(IReadOnlyList<MergedStatement> statements, Func<MergedStatement, string> suffix)
    {
        var shared = statements.GroupBy(s => s.Statement.Sid).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        return [.. statements.Select(s => shared.Contains(s.Statement.Sid)
            ? s with { Statement = s.Statement with { Sid = s.Statement.Sid + suffix(s) } }
            : s)];
    }
}
