using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Settings;

/// <summary>Five statements, five different problems: all five reported in one error, each at its key.</summary>
public class StatementAllAtOnceTests
{
    private const string Key = $"{Configs.Project}:access.statements";

    [Fact]
    public void Five_statement_problems_give_five_problems()
    {
        var access = """
            {"statements":[
              {"actions":["dynamodb:GetItems"],"resources":["arn:aws:dynamodb:eu-west-1:123456789012:table/orders"]},
              {"actions":["s3:GetObject"],"resources":["*"]},
              {"actions":["sqs:SendMessage"],"resources":["arn:aws:sqs:eu-west-1::orders"]},
              {"actions":["s3:GetObject"],"resources":["arn:aws:s3:::uploads/*"],"conditions":{"Bool":{"aws:SecureTransport":"yes"}}},
              {"actions":["iam:PassRole"],"resources":["arn:aws:iam::123456789012:role/admin"]}
            ]}
            """;
        var problems = Configs.ProblemsOf(Configs.WithAccess(access));
        Assert.Equal(
            [
                $"{Key}[0].actions[0]",
                $"{Key}[1].resources[0]",
                $"{Key}[2].resources[0]",
                $"{Key}[3].conditions.Bool.aws:SecureTransport",
                $"{Key}[4].actions[0]",
            ],
            problems.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_malformed_item_leaves_the_others_of_its_statement_checked()
    {
        var access = """
            {"statements":[
              {"actions":["s3:Get*","dynamodb:GetItems"],"resources":["arn:aws:dynamodb:eu-west-1:123456789012:table/orders"]},
              {"actions":["s3:GetObject"],"resources":["arn:aws:s3:::","arn:aws:s3:::uploads"]},
              {"actions":["s3:ListBucket","iam:PassRole"],"resources":["*","not-an-arn"]}
            ]}
            """;
        var problems = Configs.ProblemsOf(Configs.WithAccess(access));
        Assert.Equal(
            [
                $"{Key}[0].actions[0]",
                $"{Key}[0].actions[1]",
                $"{Key}[1].resources[0]",
                $"{Key}[1].resources[1]",
                $"{Key}[2].actions[1]",
                $"{Key}[2].resources[0]",
                $"{Key}[2].resources[1]",
            ],
            problems.Select(p => p.Key).Order(StringComparer.Ordinal));
    }
}
