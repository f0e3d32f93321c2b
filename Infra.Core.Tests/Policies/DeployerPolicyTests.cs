using Infra.Core.Planning;
using Infra.Core.Policies;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Policies;

public class DeployerPolicyTests
{
    private const string Account = "123456789012";
    private const string Role = $"arn:aws:iam::{Account}:role/amplify-compute-role-test-amplify-compute";

    private static PolicyStatement Statement(PolicyDocument document, string sid) =>
        Assert.Single(document.Statements, s => s.Sid == sid);

    [Fact]
    public void Manages_only_this_stacks_role()
    {
        var statement = Statement(StackPlan.From(Configs.Valid()).DeployerDocument(Account), "ManageComputeRole");

        Assert.Equal([Role], statement.Resources);
        Assert.Contains("iam:CreateRole", statement.Actions);
        Assert.DoesNotContain("iam:PutRolePermissionsBoundary", statement.Actions);
    }

    [Fact]
    public void A_permissions_boundary_adds_the_boundary_actions() =>
        Assert.Contains("iam:PutRolePermissionsBoundary", Statement(
            StackPlan.From(Configs.Valid(("permissionsBoundaryArn", $"arn:aws:iam::{Account}:policy/b"))).DeployerDocument(Account), "ManageComputeRole").Actions);

    [Theory]
    [InlineData(null, 10)]
    [InlineData("1", 1)]
    [InlineData("20", 20)]
    public void Manages_and_attaches_every_policy_slot_up_to_the_limit_by_name_so_new_grants_need_no_change(string? limit, int slotCount)
    {
        var document = StackPlan.From(Configs.Valid(("managedPolicyLimit", limit))).DeployerDocument(Account);
        var slots = Enumerable.Range(0, slotCount)
            .Select(i => $"arn:aws:iam::{Account}:policy/amplify-compute-role-test-amplify-compute-policy-{i}").ToList();

        Assert.Equal(slots, Statement(document, "ManageStackPolicies").Resources);
        var attach = Statement(document, "AttachOnlyStackPolicies");
        Assert.Equal([Role], attach.Resources);
        Assert.Equal(slots, Assert.Single(attach.ConditionList, c => c is { Operator: "ArnEquals", Key: "iam:PolicyARN" }).Values);
    }

    [Fact]
    public void Passes_the_role_to_amplify_only()
    {
        var statement = Statement(StackPlan.From(Configs.Valid()).DeployerDocument(Account), "PassComputeRoleToAmplifyOnly");

        Assert.Equal(["iam:PassRole"], statement.Actions);
        Assert.Equal([Role], statement.Resources);
        var condition = Assert.Single(statement.ConditionList);
        Assert.Equal(("StringEquals", "iam:PassedToService"), (condition.Operator, condition.Key));
        Assert.Equal(["amplify.amazonaws.com"], condition.Values);
    }

    [Fact]
    public void Reads_and_updates_the_apps_branches_and_the_app_only_with_associate_app()
    {
        var branchesOnly = StackPlan.From(Configs.Valid()).DeployerDocument(Account);
        var withApp = StackPlan.From(Configs.Valid(("associateApp", "true"))).DeployerDocument(Account);

        Assert.Equal(["arn:aws:amplify:eu-west-1:123456789012:apps/d1a2b3c4d5e6f7/branches/*"], Statement(branchesOnly, "AssociateBranches").Resources);
        Assert.DoesNotContain(branchesOnly.Statements, s => s.Sid == "AssociateApp");
        Assert.Equal(["arn:aws:amplify:eu-west-1:123456789012:apps/d1a2b3c4d5e6f7"], Statement(withApp, "AssociateApp").Resources);
    }
}
