using Infra.Core.Grants;
using Infra.Core.Settings;

namespace Infra.Core.Tests.Policies;

public class AppSyncStatementTests
{
    private static readonly ArnScope Scope = new("aws", "eu-west-1", "123456789012");

    [Fact]
    public void An_api_by_id_grants_the_fields_of_the_named_operation_types()
    {
        var grant = new AppSyncGrant("abcdefghij0123456789klmnop", ["query", "mutation"]);
        var statement = Assert.Single(grant.Statements(Scope));

        Assert.Equal(("AppSyncGraphQL", "ApiAbcdefghij0123456789klmnop"), (statement.Sid, grant.SidStem));
        Assert.Equal(AppSyncGrant.GraphQL.Actions, statement.Actions);
        Assert.Equal(
        [
            "arn:aws:appsync:eu-west-1:123456789012:apis/abcdefghij0123456789klmnop/types/Query/fields/*",
            "arn:aws:appsync:eu-west-1:123456789012:apis/abcdefghij0123456789klmnop/types/Mutation/fields/*",
        ], statement.Resources);
    }

    [Fact]
    public void An_api_by_arn_keeps_its_account_and_region()
    {
        const string arn = "arn:aws:appsync:us-east-1:444455556666:apis/zyxwvutsrq9876543210ponmlk";
        var statement = Assert.Single(new AppSyncGrant(arn, ["subscription"]).Statements(Scope));

        Assert.Equal([$"{arn}/types/Subscription/fields/*"], statement.Resources);
    }
}
