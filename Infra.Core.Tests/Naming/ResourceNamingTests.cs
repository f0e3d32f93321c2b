using Infra.Core.Naming;

namespace Infra.Core.Tests.Naming;

public class ResourceNamingTests
{
    [Theory]
    [InlineData("main", "branch-main")]
    [InlineData("release-1.2_rc", "branch-release-1.2_rc")]
    public void A_plain_branch_name_is_used_as_it_is(string branch, string name) =>
        Assert.Equal(name, ResourceNaming.BranchAssociation(branch));

    [Fact]
    public void Other_characters_become_dashes_with_a_hash_so_names_never_meet()
    {
        var slash = ResourceNaming.BranchAssociation("feature/login");
        var colon = ResourceNaming.BranchAssociation("feature:login");

        Assert.Matches("^branch-feature-login-[0-9a-f]{8}$", slash);
        Assert.NotEqual(slash, colon);
        Assert.NotEqual("branch-feature-login", slash);
    }

    [Fact]
    public void A_name_depends_on_its_branch_alone() =>
        Assert.Equal(ResourceNaming.BranchAssociation("feature/login"), ResourceNaming.BranchAssociation("feature/login"));

    [Fact]
    public void Policy_names_derive_from_the_role_and_the_slot() =>
        Assert.Equal(("policy-3", "my-role-policy-3"), (ResourceNaming.Policy(3), ResourceNaming.PolicyName("my-role", 3)));
}
