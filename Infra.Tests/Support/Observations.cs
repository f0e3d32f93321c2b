using Infra.Core.Association;
using Infra.Core.Planning;

namespace Infra.Tests.Support;

/// <summary>What observe.sh prints for a stack's targets, as the mocks' answer to <c>local.run</c>.</summary>
public static class Observations
{
    public const string UpdateTime = "2026-12-01T09:00:00+00:00";

    /// <summary>Every target has the role the observation asks about (ACR_ROLE_ARN).</summary>
    public static Func<IReadOnlyDictionary<string, string>, string> InSync(StackPlan plan) =>
        environment => Print(plan, environment[AssociationEnvironment.RoleArn], new Dictionary<string, string?>());

    /// <summary>The targets named (a branch, or "" for the app) have the role given (null: none); the others ours.</summary>
    public static Func<IReadOnlyDictionary<string, string>, string> With(StackPlan plan, IReadOnlyDictionary<string, string?> found, string updateTime = UpdateTime, bool stackRoleAbsent = false) =>
        environment => Print(plan, environment[AssociationEnvironment.RoleArn], found, updateTime, stackRoleAbsent);

    private static string Print(StackPlan plan, string ours, IReadOnlyDictionary<string, string?> found, string updateTime = UpdateTime, bool stackRoleAbsent = false)
    {
        var lines = new List<string> { stackRoleAbsent ? "stack-role: absent" : "stack-role: present" };
        foreach (var target in plan.Associations.Select(a => a.Target))
        {
            var key = target.Branch ?? "";
            var role = found.TryGetValue(key, out var other) ? other ?? "None" : ours;
            lines.Add(target.IsApp ? $"app: {role}\t{updateTime}" : $"branch: {target.Branch}\t{role}\t{updateTime}");
        }
        return string.Join("\n", lines);
    }
}
