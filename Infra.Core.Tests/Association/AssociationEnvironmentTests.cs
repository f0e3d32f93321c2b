using Infra.Core.Association;

namespace Infra.Core.Tests.Association;

public class AssociationEnvironmentTests
{
    private const string Role = "arn:aws:iam::111122223333:role/web-ssr-compute";

    [Fact]
    public void Branch_target_has_exactly_the_branch_variables_in_ordinal_order()
    {
        var variables = AssociationEnvironment.For(new AssociationTarget("d1", "feature/login"), "eu-west-1", null, "111122223333", Role);

        Assert.Equal(
            [
                new("ACR_ACCOUNT_ID", "111122223333"),
                new("ACR_APP_ID", "d1"),
                new("ACR_BRANCH", "feature/login"),
                new("ACR_REGION", "eu-west-1"),
                new("ACR_ROLE_ARN", Role),
                new KeyValuePair<string, string>("ACR_TARGET", "branch"),
            ],
            variables);
    }

    [Fact]
    public void App_target_has_no_branch()
    {
        var variables = AssociationEnvironment.For(new AssociationTarget("d1", null), "eu-west-1", "", "111122223333", Role);

        Assert.Equal(["ACR_ACCOUNT_ID", "ACR_APP_ID", "ACR_REGION", "ACR_ROLE_ARN", "ACR_TARGET"], variables.Keys);
        Assert.Equal("app", variables[AssociationEnvironment.Target]);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("stack-deployer", true)]
    public void AWS_PROFILE_only_when_a_profile_is_set(string? profile, bool expected)
    {
        var variables = AssociationEnvironment.For(new AssociationTarget("d1", "main"), "eu-west-1", profile, "111122223333", Role);

        Assert.Equal(expected, variables.TryGetValue("AWS_PROFILE", out var value));
        Assert.Equal(expected ? profile : null, value);
    }

    [Fact]
    public void Values_stay_verbatim_and_out_of_the_scripts()
    {
        const string branch = "x$(id)';\"`id`";
        var variables = AssociationEnvironment.For(new AssociationTarget("d1", branch), "eu-west-1", null, "111122223333", Role);

        Assert.Equal(branch, variables[AssociationEnvironment.Branch]);
        Assert.DoesNotContain(branch, AssociationScripts.Create, StringComparison.Ordinal);
        Assert.DoesNotContain(Role, AssociationScripts.Create + AssociationScripts.Update + AssociationScripts.Delete, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "111122223333", Role)]
    [InlineData("eu-west-1", " ", Role)]
    [InlineData("eu-west-1", "111122223333", "")]
    public void Required_values_must_not_be_blank(string region, string account, string role)
    {
        Assert.ThrowsAny<ArgumentException>(
            () => AssociationEnvironment.For(new AssociationTarget("d1", "main"), region, null, account, role));
    }
}
