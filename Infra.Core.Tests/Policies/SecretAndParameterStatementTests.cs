using Infra.Core.Grants;
using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Tests.Policies;

public class SecretAndParameterStatementTests
{
    private static readonly ArnScope Scope = new("aws", "eu-west-1", "123456789012");

    private static PolicyStatement Only(Grant grant) => Assert.Single(grant.Statements(Scope));

    [Fact]
    public void A_secret_name_matches_exactly_its_six_character_suffix()
    {
        var grant = new SecretsManagerGrant("shop/dev/stripe");
        var statement = Only(grant);

        Assert.Equal(("SecretsManagerReadSecret", "ShopDevStripe"), (statement.Sid, grant.SidStem));
        Assert.Equal(SecretsManagerGrant.ReadSecret.Actions, statement.Actions);
        Assert.Equal(["arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop/dev/stripe-??????"], statement.Resources);
    }

    [Theory]
    [InlineData("arn:aws:secretsmanager:us-east-1:444455556666:secret:shared/db-a1B2c3", "arn:aws:secretsmanager:us-east-1:444455556666:secret:shared/db-a1B2c3", "SharedDb")]
    [InlineData("shop/dev/*", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop/dev/*", "ShopDevPrefix")]
    public void A_secret_arn_is_kept_and_a_prefix_covers_the_suffix(string secret, string arn, string stem)
    {
        var grant = new SecretsManagerGrant(secret);

        Assert.Equal([arn], Only(grant).Resources);
        Assert.Equal(stem, grant.SidStem);
    }

    [Theory]
    [InlineData("/shop/dev/flags", "arn:aws:ssm:eu-west-1:123456789012:parameter/shop/dev/flags", "ShopDevFlags")]
    [InlineData("flags", "arn:aws:ssm:eu-west-1:123456789012:parameter/flags", "Flags")]
    [InlineData("arn:aws:ssm:us-east-1:444455556666:parameter/shared/flags", "arn:aws:ssm:us-east-1:444455556666:parameter/shared/flags", "SharedFlags")]
    public void A_parameter_arn_drops_the_leading_slash(string parameter, string arn, string stem)
    {
        var grant = new SsmGrant(parameter, IsPath: false);
        var statement = Only(grant);

        Assert.Equal(("SsmReadParameter", stem), (statement.Sid, grant.SidStem));
        Assert.Equal(SsmGrant.ReadParameter.Actions, statement.Actions);
        Assert.Equal([arn], statement.Resources);
    }

    [Fact]
    public void A_path_reads_by_path_and_every_parameter_under_it()
    {
        var grant = new SsmGrant("/shop/dev/", IsPath: true);
        var statements = grant.Statements(Scope);
        const string path = "arn:aws:ssm:eu-west-1:123456789012:parameter/shop/dev";

        Assert.Equal("ShopDev", grant.SidStem);
        var byPath = statements.Single(s => s.Sid == "SsmReadParametersByPath");
        Assert.Equal(SsmGrant.ReadPath.Actions.Except(SsmGrant.ReadParameter.Actions), byPath.Actions);
        Assert.Equal([path, $"{path}/*"], byPath.Resources);
        var under = statements.Single(s => s.Sid == "SsmReadParametersUnderPath");
        Assert.Equal(SsmGrant.ReadParameter.Actions, under.Actions);
        Assert.Equal([$"{path}/*"], under.Resources);
        Assert.Equal(2, statements.Count);
    }
}
