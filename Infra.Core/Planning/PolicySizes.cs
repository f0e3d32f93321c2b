using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Planning;

/// <summary>
/// A policy over IAM's size limit fails validation, naming its grants: never truncated, never
/// widened to wildcards. Sizes are exact before deployment, since an account id is always 12 digits.
/// </summary>
public static class PolicySizes
{
    public static void Check(StackPlan plan)
    {
        var problems = new Problems();
        foreach (var slot in plan.Slots)
        {
            var size = plan.PermissionDocument(slot, ArnScope.PlaceholderAccountId).Size;
            problems.Check(size <= PolicyPacking.MaxPolicySize,
                new ConfigKeys(plan.Settings.Project).Full(ConfigKeys.Access),
                slot.Name,
                $"this policy needs {size} characters, over IAM's limit of {PolicyPacking.MaxPolicySize} for a managed policy; "
                + $"its grants: {string.Join("; ", slot.Grants.Select(g => g.Describe()))}. "
                + $"Cover related resources with one name prefix ending in '*' (e.g. 'my-app-dev-*'){Raise(plan.Settings.ManagedPolicyLimit)}, or remove grants.");
        }
        problems.ThrowIfAny(plan.Settings.Stack);
    }

    // More slots spread the grants over more policies, up to the quota IAM can raise to.
    private static string Raise(int limit) => limit < ManagedPolicyLimit.Max
        ? $", or raise {ConfigKeys.ManagedPolicyLimit} (now {limit}, at most {ManagedPolicyLimit.Max}) if the account's IAM quota "
          + "'Managed policies attached to an IAM role' allows it"
        : "";
}
