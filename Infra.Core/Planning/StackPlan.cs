using Infra.Core.Grants;
using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Planning;

/// <summary>
/// Everything the Pulumi program declares for one stack, decided from the config alone: the
/// policy slots, the associations, and the documents as functions of the account id.
/// </summary>
public sealed record StackPlan(StackSettings Settings, IReadOnlyList<PolicySlot> Slots, IReadOnlyList<AssociationPlan> Associations)
{
    /// <summary>Parses, validates and plans; throws <see cref="ConfigException"/> before anything is declared.</summary>
    public static StackPlan From(RawConfig raw)
    {
        var settings = StackSettingsParser.Parse(raw);
        var plan = new StackPlan(settings, PolicyPacking.Pack(settings.RoleName, settings.Grants, settings.ManagedPolicyLimit), AssociationPlan.For(settings));
        PolicySizes.Check(plan);
        return plan;
    }

    /// <summary>What the preview warns about: each statement that allows privilege escalation, by key path and sid.</summary>
    public IReadOnlyList<string> Warnings => [.. Settings.Grants.OfType<CustomStatementGrant>().Select(g => g.Warning).OfType<string>()];

    public PolicyDocument TrustDocument(string accountId) => TrustPolicy.For(Settings, accountId);

    public PolicyDocument PermissionDocument(PolicySlot slot, string accountId) =>
        PermissionPolicy.For(slot, Settings.Scope(accountId));

    public PolicyDocument DeployerDocument(string accountId) => DeployerPolicy.For(Settings, accountId);
}
