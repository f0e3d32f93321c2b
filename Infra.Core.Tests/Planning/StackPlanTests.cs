using Infra.Core.Association;
using Infra.Core.Planning;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Planning;

public class StackPlanTests
{
    [Fact]
    public void One_association_per_branch_with_the_target_as_its_only_triggers()
    {
        var plan = StackPlan.From(Configs.Valid(("branches", """["main","feature/x"]""")));

        Assert.Equal(["branch-main", "branch-feature-x-" + plan.Associations[1].ResourceName[^8..]], plan.Associations.Select(a => a.ResourceName));
        Assert.Equal([new AssociationTarget("d1a2b3c4d5e6f7", "main"), new AssociationTarget("d1a2b3c4d5e6f7", "feature/x")], plan.Associations.Select(a => a.Target));
        Assert.Equal(["d1a2b3c4d5e6f7", "feature/x"], plan.Associations[1].Triggers);
    }

    [Fact]
    public void Associate_app_adds_the_app_as_a_target()
    {
        var app = StackPlan.From(Configs.Valid(("associateApp", "true"))).Associations[^1];

        Assert.Equal(("app", true), (app.ResourceName, app.Target.IsApp));
        Assert.Equal(["d1a2b3c4d5e6f7", ""], app.Triggers);
    }

    [Fact]
    public void The_environment_carries_the_stacks_region_profile_account_and_role()
    {
        var plan = StackPlan.From(Configs.Valid(("aws:profile", "shop-dev")));

        var environment = plan.Associations[0].Environment(plan.Settings, "123456789012", "arn:aws:iam::123456789012:role/r");

        Assert.Equal("eu-west-1", environment[AssociationEnvironment.Region]);
        Assert.Equal("shop-dev", environment[AssociationEnvironment.AwsProfile]);
        Assert.Equal("123456789012", environment[AssociationEnvironment.AccountId]);
        Assert.Equal("arn:aws:iam::123456789012:role/r", environment[AssociationEnvironment.RoleArn]);
        Assert.Equal("main", environment[AssociationEnvironment.Branch]);
    }
}
