using Infra.Core.Settings;

namespace Infra.Core.Tests.Settings;

public class PulumiConfigVariablesTests
{
    private const string P = "amplify-compute-role";

    [Fact]
    public void The_projects_key_names_come_from_the_hosts_variable_and_no_other_namespace() =>
        Assert.Equal(["appId", "roleNmae", "branches"], PulumiConfigVariables.ProjectKeyNames(
            $$"""{"{{P}}:appId":"d1","aws:region":"eu-west-1","{{P}}:roleNmae":"x","{{P}}:config:branches":"[]","other:appId":"d2"}""", P));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    public void No_readable_variable_means_no_extra_keys(string? json) =>
        Assert.Empty(PulumiConfigVariables.ProjectKeyNames(json, P));

    [Theory]
    [InlineData($$"""["{{P}}:token"]""", true)]
    [InlineData($$"""["{{P}}:config:token"]""", true)]
    [InlineData("""["aws:token"]""", false)]
    [InlineData("not json", false)]
    [InlineData(null, false)]
    public void Secret_keys_are_read_from_their_own_variable(string? json, bool secret) =>
        Assert.Equal(secret, PulumiConfigVariables.IsSecret(json, $"{P}:token"));
}
