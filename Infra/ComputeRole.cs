using System.Collections.Immutable;
using Infra.Core.Naming;
using Infra.Core.Policies;
using Pulumi;
using Pulumi.Aws.Iam;

namespace Infra;

/// <summary>
/// The compute role Amplify Hosting assumes for SSR code, with one managed policy per occupied
/// slot. A grant's slot changes only with managedPolicyLimit, so editing a grant updates one
/// document in place (a new policy version) and no other grant is ever missing.
/// </summary>
public sealed class ComputeRole : ComponentResource
{
    public const string Type = "amplify-compute-role:index:ComputeRole";

    public Output<string> Arn { get; }

    public Output<string> RoleName { get; }

    public Output<ImmutableArray<string>> PolicyArns { get; }

    public ComputeRole(string name, ComputeRoleArgs args, ComponentResourceOptions? options = null)
        : base(Type, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var settings = args.Plan.Settings;
        var tags = settings.Tags.ToImmutableDictionary();

        var roleArgs = new RoleArgs
        {
            Name = settings.RoleName,
            Description = $"Compute role of the SSR code of Amplify app {settings.AppId} ({settings.Stack})",
            AssumeRolePolicy = args.AccountId.Apply(account => args.Plan.TrustDocument(account).ToJson()),
            Tags = tags,
        };
        if (settings.PermissionsBoundaryArn is { } boundary)
        {
            roleArgs.PermissionsBoundary = boundary;
        }
        var role = new Role(name, roleArgs, new CustomResourceOptions { Parent = this });

        var policyArns = args.Plan.Slots.Select(slot => Attach(slot, role, args, tags)).ToList();

        Arn = role.Arn;
        RoleName = role.Name;
        PolicyArns = Output.All(policyArns);
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["arn"] = Arn,
            ["roleName"] = RoleName,
            ["policyArns"] = PolicyArns,
        });
    }

    /// <summary>One slot's policy, attached to the role; no description, as a new one would replace the policy.</summary>
    private Output<string> Attach(PolicySlot slot, Role role, ComputeRoleArgs args, ImmutableDictionary<string, string> tags)
    {
        var policy = new Policy(ResourceNaming.Policy(slot.Index), new PolicyArgs
        {
            Name = slot.Name,
            PolicyDocument = args.AccountId.Apply(account => args.Plan.PermissionDocument(slot, account).ToJson()),
            Tags = tags,
        }, new CustomResourceOptions { Parent = this });

        _ = new RolePolicyAttachment(ResourceNaming.Policy(slot.Index), new RolePolicyAttachmentArgs
        {
            Role = role.Name,
            PolicyArn = policy.Arn,
        }, new CustomResourceOptions { Parent = this });
        return policy.Arn;
    }
}
