using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Infra.Core.Drift;
using Infra.Core.Naming;
using Infra.Core.Planning;
using Infra.Core.Settings;
using Pulumi;
using Pulumi.Aws;

namespace Infra;

/// <summary>One stage: its compute role, set on each configured branch (and on the app when asked).</summary>
[SuppressMessage("Naming", "CA1711", Justification = "A Pulumi stack, named as Pulumi programs name them.")]
public sealed class AmplifyComputeStack : Stack
{
    [Output("computeRoleArn")]
    public Output<string> ComputeRoleArn { get; }

    [Output("computeRoleName")]
    public Output<string> ComputeRoleName { get; }

    [Output("policyArns")]
    public Output<ImmutableArray<string>> PolicyArns { get; }

    [Output("branches")]
    public Output<ImmutableArray<string>> Branches { get; }

    /// <summary>The targets this stack associates (app id, or app id/branch): what the next run reads back.</summary>
    [Output("associations")]
    public Output<ImmutableArray<string>> Associations { get; }

    /// <summary>The least the identity running <c>pulumi up</c> for this stack needs, as JSON.</summary>
    [Output("deployerPolicy")]
    public Output<string> DeployerPolicy { get; }

    /// <summary>Each target whose compute role this run found not to be this stack's: target → role found, or none.</summary>
    [Output("drift")]
    public Output<ImmutableDictionary<string, string>> Drift { get; }

    public AmplifyComputeStack()
    {
        var plan = Plan(StackConfig.Read());
        foreach (var warning in plan.Warnings)
        {
            Log.Warn(warning);
        }
        // Awaited here: the drift observation decides the associations' inputs and options.
        var account = Task.Run(() => GetCallerIdentity.InvokeAsync()).GetAwaiter().GetResult().AccountId;
        var accountId = Output.Create(account);
        var drifts = DriftObservation.Observe(plan, account);

        var role = new ComputeRole(ResourceNaming.ComputeRole, new ComputeRoleArgs { Plan = plan, AccountId = accountId });
        foreach (var (association, drift) in plan.Associations.Zip(drifts))
        {
            _ = new BranchAssociation(association.ResourceName, new BranchAssociationArgs
            {
                Plan = association,
                Settings = plan.Settings,
                AccountId = accountId,
                Role = role,
                Drift = drift,
            });
        }

        ComputeRoleArn = role.Arn;
        ComputeRoleName = role.RoleName;
        PolicyArns = role.PolicyArns;
        Branches = Output.Create(plan.Settings.Branches.ToImmutableArray());
        Associations = Output.Create(plan.Associations.Select(a => a.Target.Id).ToImmutableArray());
        Drift = Output.Create(DriftAssessment.Output(drifts, update: !Deployment.Instance.IsDryRun).ToImmutableDictionary());
        DeployerPolicy = accountId.Apply(account => plan.DeployerDocument(account).ToJson());
    }

    /// <summary>
    /// Every config problem at once, before any invoke or resource; as a <see cref="RunException"/>
    /// the CLI shows Infra.Core's message alone, without a stack trace.
    /// </summary>
    private static StackPlan Plan(RawConfig config)
    {
        try
        {
            return StackPlan.From(config);
        }
        catch (ConfigException e)
        {
            throw new RunException(e.Message, e);
        }
    }
}
