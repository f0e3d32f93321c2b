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
    public void Two_unnamed_statements_in_one_policy_get_distinct_sids()
    {
        var grants = new Grant[]
        {
            new CustomStatementGrant(null, ["sqs:SendMessage"], ["arn:aws:sqs:eu-west-1:123456789012:a"], []),
            new CustomStatementGrant(null, ["sqs:SendMessage"], ["arn:aws:sqs:eu-west-1:123456789012:b"], []),
        };
        var sids = PermissionPolicy.For(new PolicySlot(0, "p", grants), Scope).Statements.Select(s => s.Sid).ToList();

        Assert.Equal(2, sids.Distinct().Count());
        Assert.All(sids, sid => Assert.StartsWith("Custom", sid, StringComparison.Ordinal));
    }
}
