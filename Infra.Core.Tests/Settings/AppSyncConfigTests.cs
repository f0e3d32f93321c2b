using Infra.Core.Grants;
using Infra.Core.Planning;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Settings;

public class AppSyncConfigTests
{
    private const string Key = $"{Configs.Project}:access.appsync[0]";
    private const string Api = "abcdefghij0123456789klmnop";

    [Theory]
    [InlineData("*", "GraphQL API id")]
    [InlineData("abc-123", "GraphQL API id")]
    [InlineData("arn:aws:appsync:eu-west-1:123456789012:apis/abc/types/Query", "apis/<api id>")]
    [InlineData("arn:aws-cn:appsync:cn-north-1:123456789012:apis/abc", "partition 'aws-cn'")]
    public void A_bad_api_is_refused(string api, string fix) =>
        ProblemAssert.Only(Configs.WithAccess($$"""{"appsync":[{"api":"{{api}}"}]}"""), $"{Key}.api", api, fix);

    [Theory]
    [InlineData("""["query","Mutation"]""", "operations[1]", "Mutation")]
    [InlineData("""["query","query"]""", "operations[1]", "query")]
    [InlineData("""["query",3]""", "operations[1]", "3")]
    [InlineData("""[]""", "operations", "[]")]
    [InlineData("\"query\"", "operations", "query")]
    public void Bad_operations_are_refused_by_index(string operations, string field, string value) =>
        ProblemAssert.Only(Configs.WithAccess($$"""{"appsync":[{"api":"{{Api}}","operations":{{operations}}}]}"""), $"{Key}.{field}", value, "'query', 'mutation' or 'subscription'");

    [Fact]
    public void Without_operations_every_operation_type_is_granted() =>
        Assert.Equal(["query", "mutation", "subscription"],
            Assert.IsType<AppSyncGrant>(Assert.Single(StackPlan.From(Configs.WithAccess($$"""{"appsync":[{"api":"{{Api}}"}]}""")).Settings.Grants)).Operations);

    [Fact]
    public void The_same_api_twice_is_refused_whatever_the_operations() =>
        ProblemAssert.Only(Configs.WithAccess($$"""{"appsync":[{"api":"{{Api}}","operations":["query"]},{"api":"{{Api}}","operations":["mutation"]}]}"""),
            $"{Configs.Project}:access.appsync[1]", Api, "already listed");
}
