using Infra.Core.Grants;
using Infra.Core.Planning;
using Infra.Core.Policies;
using Infra.Core.Settings;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Policies;

public class CustomStatementTests
{
    private static readonly ArnScope Scope = new("aws", "eu-west-1", "123456789012");

    private static Grant Parsed(string statement) =>
        Assert.Single(StackPlan.From(Configs.WithAccess($$"""{"statements":[{{statement}}]}""")).Settings.Grants);

    [Fact]
    public void A_statement_is_rendered_as_written_under_its_own_sid()
    {
        var grant = Parsed("""
            {"sid":"ReadInvoices","actions":["s3:GetObject"],"resources":["arn:aws:s3:::acme-invoices/2024/*"],
             "conditions":{"StringEquals":{"aws:ResourceAccount":"123456789012"},"ForAnyValue:StringLike":{"aws:TagKeys":["team","cost-*"]}}}
            """);
        var statement = Assert.Single(grant.Statements(Scope));

        Assert.Equal(("ReadInvoices", ""), (statement.Sid, grant.SidStem));
        Assert.Equal(["s3:GetObject"], statement.Actions);
        Assert.Equal(["arn:aws:s3:::acme-invoices/2024/*"], statement.Resources);
        Assert.Equal(
            [new PolicyCondition("StringEquals", "aws:ResourceAccount", ["123456789012"]), new PolicyCondition("ForAnyValue:StringLike", "aws:TagKeys", ["team", "cost-*"])],
            statement.ConditionList, (a, b) => (a.Operator, a.Key) == (b.Operator, b.Key) && a.Values.SequenceEqual(b.Values));
    }

    [Fact]
    public void Without_a_sid_it_is_custom_and_identified_by_what_it_grants()
    {
        var grant = Parsed("""{"actions":["sqs:SendMessage","sqs:GetQueueUrl"],"resources":["arn:aws:sqs:us-east-1:444455556666:orders"]}""");

        Assert.Equal("Custom", Assert.Single(grant.Statements(Scope)).Sid);
        Assert.Equal("sqs:GetQueueUrl,sqs:SendMessage on arn:aws:sqs:us-east-1:444455556666:orders", grant.Resource);
        Assert.Empty(grant.Statements(Scope)[0].ConditionList);
    }

    [Fact]
    public void Unnamed_statements_merge_when_they_grant_the_same_and_stay_apart_otherwise()
    {
        var grants = new Grant[]
        {
            new CustomStatementGrant(null, ["sqs:SendMessage"], ["arn:aws:sqs:eu-west-1:123456789012:a"], []),
            new CustomStatementGrant(null, ["sqs:SendMessage"], ["arn:aws:sqs:eu-west-1:123456789012:b"], []),
            new CustomStatementGrant(null, ["sns:Publish"], ["arn:aws:sns:eu-west-1:123456789012:c"], []),
        };
        var statements = PermissionPolicy.For(new PolicySlot(0, "p", grants), Scope).Statements;

        Assert.Equal(2, statements.Select(s => s.Sid).Distinct().Count());
        Assert.All(statements, s => Assert.StartsWith("Custom", s.Sid, StringComparison.Ordinal));
        Assert.Equal(["arn:aws:sqs:eu-west-1:123456789012:a", "arn:aws:sqs:eu-west-1:123456789012:b"],
            statements.Single(s => s.Actions.SequenceEqual(["sqs:SendMessage"])).Resources);
    }
}
