using Infra.Core.Planning;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Settings;

/// <summary>Resources fit the actions' resource types, and '*' stands only for actions that take no resource.</summary>
public class StatementResourceTests
{
    private const string Key = $"{Configs.Project}:access.statements[0]";

    private static string Statement(string actions, string resources) =>
        $$"""{"statements":[{"actions":[{{actions}}],"resources":[{{resources}}]}]}""";

    [Theory]
    [InlineData("cloudwatch:PutMetricData")]
    [InlineData("ses:GetAccount")]
    [InlineData("xray:PutTraceSegments")]
    public void Star_is_accepted_for_an_action_that_takes_no_resource(string action) =>
        Assert.Single(StackPlan.From(Configs.WithAccess(Statement($"\"{action}\"", "\"*\""))).Settings.Grants);

    [Theory]
    [InlineData("s3:GetObject")]
    [InlineData("s3:ListBucket")]
    [InlineData("dynamodb:GetItem")]
    public void Star_is_refused_for_an_action_that_can_name_its_resource(string action) =>
        ProblemAssert.Only(Configs.WithAccess(Statement($"\"{action}\"", "\"*\"")), $"{Key}.resources[0]", "*", $"these need ARNs: {action}");

    [Fact]
    public void Star_in_a_mix_names_the_actions_that_need_arns() =>
        ProblemAssert.Only(Configs.WithAccess(Statement("\"cloudwatch:PutMetricData\",\"s3:PutObject\",\"sqs:SendMessage\"", "\"*\"")),
            $"{Key}.resources[0]", "*", "these need ARNs: s3:PutObject, sqs:SendMessage");

    [Theory]
    [InlineData("s3:GetObject", "arn:aws:s3:::uploads", "object: arn:${Partition}:s3:::${BucketName}/${ObjectName}")]
    [InlineData("dynamodb:GetItem", "arn:aws:sqs:eu-west-1:123456789012:orders", "table: arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}")]
    [InlineData("s3:ListBucket", "arn:aws:s3:eu-west-1::uploads", "bucket: arn:${Partition}:s3:::${BucketName}")]
    [InlineData("dynamodb:GetItem", "arn:aws:dynamodb::123456789012:table/orders", "region and account exactly where the format has them")]
    [InlineData("sqs:SendMessage", "arn:aws:sqs:eu-west-1::orders", "queue: arn:${Partition}:sqs:${Region}:${Account}:${QueueName}")]
    public void A_resource_that_fits_no_resource_type_of_the_actions_is_refused_with_the_formats(string action, string resource, string fix)
    {
        var problems = Configs.ProblemsOf(Configs.WithAccess(Statement($"\"{action}\"", $"\"{resource}\"")));
        var problem = Assert.Single(problems, p => p.Key == $"{Key}.resources[0]");
        Assert.Equal(resource, problem.Value);
        Assert.Contains(fix, problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void An_action_that_applies_to_no_listed_resource_is_refused() =>
        ProblemAssert.Only(Configs.WithAccess(Statement("\"s3:GetObject\",\"s3:ListBucket\"", "\"arn:aws:s3:::uploads/*\"")),
            $"{Key}.actions[1]", "s3:ListBucket", "applies to none of the listed resources: add an ARN of accesspoint");

    [Theory]
    [InlineData("s3:ListBucket", "arn:aws:s3:::uploads/*", "bucket: arn:${Partition}:s3:::${BucketName}")]
    [InlineData("dynamodb:GetItem", "arn:aws:dynamodb:eu-west-1:123456789012:table/orders/index/*", "table: arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}")]
    [InlineData("dynamodb:PutItem", "arn:aws:dynamodb:eu-west-1:123456789012:table/orders/stream/*", "table: arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}")]
    public void An_arn_of_a_child_resource_is_not_its_parent(string action, string resource, string fix)
    {
        var problem = Assert.Single(Configs.ProblemsOf(Configs.WithAccess(Statement($"\"{action}\"", $"\"{resource}\""))), p => p.Key == $"{Key}.resources[0]");
        Assert.Contains(fix, problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void An_action_that_takes_no_resource_is_refused_on_an_arn() =>
        ProblemAssert.Only(Configs.WithAccess(Statement("\"s3:GetObject\",\"xray:PutTraceSegments\"", "\"arn:aws:s3:::uploads/*\"")),
            $"{Key}.actions[1]", "xray:PutTraceSegments", "resources [\"*\"]");

    [Fact]
    public void An_arn_for_actions_that_take_none_is_refused_with_star_as_the_fix() =>
        ProblemAssert.Only(Configs.WithAccess(Statement("\"xray:PutTraceSegments\"", "\"arn:aws:s3:::uploads/*\"")),
            $"{Key}.resources[0]", "arn:aws:s3:::uploads/*", "write \"*\"");

    [Fact]
    public void Each_action_on_its_own_resource_in_one_statement_is_accepted() =>
        Assert.Single(StackPlan.From(Configs.WithAccess(Statement("\"s3:GetObject\",\"s3:ListBucket\"", "\"arn:aws:s3:::uploads/*\",\"arn:aws:s3:::uploads\""))).Settings.Grants);

    [Theory]
    [InlineData("lambda:InvokeFunction", "arn:aws:lambda:eu-west-1:123456789012:function:orders:*")]
    [InlineData("dynamodb:Query", "arn:aws:dynamodb:eu-west-1:123456789012:table/orders")]
    [InlineData("cloudwatch:PutMetricData", "arn:aws:cloudwatch:eu-west-1:123456789012:dataset/metrics1")]
    public void An_arn_of_a_type_the_action_lists_is_accepted(string action, string resource) =>
        Assert.Single(StackPlan.From(Configs.WithAccess(Statement($"\"{action}\"", $"\"{resource}\""))).Settings.Grants);
}
