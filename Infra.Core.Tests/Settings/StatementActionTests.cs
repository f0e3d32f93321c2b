using Infra.Core.Planning;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Settings;

/// <summary>Each action of a statement is one of AWS's Service Authorization Reference, in AWS's spelling.</summary>
public class StatementActionTests
{
    private const string Key = $"{Configs.Project}:access.statements[0].actions[0]";
    private const string Table = "arn:aws:dynamodb:eu-west-1:123456789012:table/orders";

    private static string Statement(string action, string resource = Table) =>
        $$"""{"statements":[{"actions":["{{action}}"],"resources":["{{resource}}"]}]}""";

    [Theory]
    [InlineData("dynamodb:GetItems", "did you mean 'dynamodb:GetItem'?")]
    [InlineData("dynamodb:Qurey", "did you mean 'dynamodb:Query'?")]
    [InlineData("dynamodb:FlyToTheMoon", "unknown action of 'dynamodb'")]
    public void An_unknown_action_is_refused_with_the_nearest_real_one(string action, string fix) =>
        ProblemAssert.Only(Configs.WithAccess(Statement(action)), Key, action, fix);

    [Theory]
    [InlineData("acmecorp:GetThing", "unknown service 'acmecorp'")]
    [InlineData("dynamdb:GetItem", "did you mean 'dynamodb'?")]
    public void An_unknown_service_is_refused_with_the_nearest_real_one(string action, string fix) =>
        ProblemAssert.Only(Configs.WithAccess(Statement(action)), Key, action, fix);

    [Fact]
    public void An_action_in_another_case_is_refused_with_AWS_spelling() =>
        ProblemAssert.Only(Configs.WithAccess(Statement("dynamodb:getitem")), Key, "dynamodb:getitem", "write it as AWS spells it: 'dynamodb:GetItem'");

    [Fact]
    public void A_real_action_on_its_resource_is_accepted() =>
        Assert.Single(StackPlan.From(Configs.WithAccess(Statement("dynamodb:GetItem"))).Settings.Grants);
}
