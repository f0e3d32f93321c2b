using Infra.Core.Planning;
using Infra.Core.Settings;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Settings;

/// <summary>
/// An account id is 12 ASCII digits wherever the product reads one: .NET's <c>\d</c> also matches
/// Arabic-Indic, Devanagari or full-width digits, which IAM never accepts.
/// </summary>
public class AsciiAccountIdTests
{
    public static TheoryData<string, string> Digits => new()
    {
        { "Arabic-Indic", "١٢٣٤٥٦٧٨٩٠١٢" },
        { "Devanagari", "१२३४५६७८९०१२" },
        { "full-width", "１２３４５６７８９０１２" },
        { "one Arabic-Indic digit among ASCII", "12345678901٢" },
    };

    [Theory]
    [MemberData(nameof(Digits))]
    public void Every_arn_field_refuses_non_ascii_digits(string script, string account)
    {
        var keys = Configs.ProblemsOf(Config(account)).Select(p => p.Key).ToList();

        Assert.True(keys.Count >= 8, $"{script}: {string.Join(", ", keys)}");
        Assert.Contains("amplify-compute-role:permissionsBoundaryArn", keys);
        foreach (var field in new[] { "dynamodb[0].table", "lambda[0].function", "kms[0].key", "ssm[0].parameter", "sqs[0].queue", "appsync[0].api", "statements[0].resources[0]" })
        {
            Assert.Contains($"amplify-compute-role:access.{field}", keys);
        }
    }

    private static RawConfig Config(string account) =>
        Configs.Valid(
            ("permissionsBoundaryArn", $"arn:aws:iam::{account}:policy/boundary"),
            ("access", $$"""
                {"dynamodb":[{"table":"arn:aws:dynamodb:eu-west-1:{{account}}:table/orders","access":"read"}],
                 "lambda":[{"function":"arn:aws:lambda:eu-west-1:{{account}}:function:resize"}],
                 "kms":[{"key":"arn:aws:kms:eu-west-1:{{account}}:key/1234abcd-12ab-34cd-56ef-1234567890ab","access":"read"}],
                 "ssm":[{"parameter":"arn:aws:ssm:eu-west-1:{{account}}:parameter/app/db"}],
                 "sqs":[{"queue":"arn:aws:sqs:eu-west-1:{{account}}:orders","access":"send"}],
                 "appsync":[{"api":"arn:aws:appsync:eu-west-1:{{account}}:apis/abcdefghijklmnopqrstuvwxyz"}],
                 "statements":[{"actions":["sqs:SendMessage"],"resources":["arn:aws:sqs:eu-west-1:{{account}}:orders"]}]}
                """));

    [Theory]
    [MemberData(nameof(Digits))]
    public void Allowed_account_ids_refuse_non_ascii_digits(string script, string account)
    {
        var keys = Configs.ProblemsOf(Configs.Valid(("aws:allowedAccountIds", $"""["{account}"]"""))).Select(p => p.Key);

        Assert.True(keys.Any(k => k.StartsWith("aws:allowedAccountIds", StringComparison.Ordinal)), $"{script}: {string.Join(", ", keys)}");
    }

    [Fact]
    public void The_same_arns_plan_with_ascii_digits() =>
        Assert.NotNull(StackPlan.From(Config("123456789012")));
}
