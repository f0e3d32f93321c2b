using Infra.Core.Naming;
using Infra.Core.Settings;

namespace Infra.Core.Policies;

/// <summary>
/// The least the identity running <c>pulumi up</c> for one stack needs: this stack's role and its
/// policy slots by name, passing the role to Amplify only, and the app's branches.
/// </summary>
public static class DeployerPolicy
{
    public static readonly IReadOnlyList<string> RoleActions =
    [
        "iam:CreateRole", "iam:DeleteRole", "iam:GetRole", "iam:ListAttachedRolePolicies",
        "iam:ListInstanceProfilesForRole", "iam:ListRolePolicies", "iam:TagRole", "iam:UntagRole",
        "iam:UpdateAssumeRolePolicy", "iam:UpdateRole", "iam:UpdateRoleDescription",
    ];

    public static readonly IReadOnlyList<string> BoundaryActions =
        ["iam:DeleteRolePermissionsBoundary", "iam:PutRolePermissionsBoundary"];

    public static readonly IReadOnlyList<string> PolicyActions =
    [
        "iam:CreatePolicy", "iam:CreatePolicyVersion", "iam:DeletePolicy", "iam:DeletePolicyVersion",
        "iam:GetPolicy", "iam:GetPolicyVersion", "iam:ListPolicyVersions", "iam:TagPolicy", "iam:UntagPolicy",
    ];

    public static PolicyDocument For(StackSettings settings, string accountId)
    {
        var scope = settings.Scope(accountId);
        var role = settings.RoleArn(accountId);
        // Every slot up to the limit, used or not, so that a new grant landing in a new slot needs no new deployer policy.
        var policies = Enumerable.Range(0, settings.ManagedPolicyLimit)
            .Select(slot => scope.Arn("iam", $"policy/{ResourceNaming.PolicyName(settings.RoleName, slot)}", regional: false))
            .ToList();
        var app = scope.Arn("amplify", $"apps/{settings.AppId}");
        List<PolicyStatement> statements =
        [
            new("ManageComputeRole", settings.PermissionsBoundaryArn is null ? RoleActions : [.. RoleActions, .. BoundaryActions], [role]),
            new("AttachOnlyStackPolicies", ["iam:AttachRolePolicy", "iam:DetachRolePolicy"], [role],
                [new("ArnEquals", "iam:PolicyARN", policies)]),
            new("ManageStackPolicies", PolicyActions, policies),
            new("PassComputeRoleToAmplifyOnly", ["iam:PassRole"], [role],
                [new("StringEquals", "iam:PassedToService", [TrustPolicy.AmplifyService])]),
            new("AssociateBranches", ["amplify:GetBranch", "amplify:UpdateBranch"], [$"{app}/branches/*"]),
        ];
        if (settings.AssociateApp)
        {
            statements.Add(new("AssociateApp", ["amplify:GetApp", "amplify:UpdateApp"], [app]));
        }
        if (settings.DriftCheck != DriftCheck.Off)
        {
            // The drift observation lists the app's branches (GetRole and GetApp are granted above).
            statements.Add(new("ObserveBranches", ["amplify:ListBranches"], [app]));
        }
        return new(statements);
    }
}
