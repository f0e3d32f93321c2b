using Infra.Core.Planning;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Policies;

public class TrustPolicyTests
{
    [Fact]
    public void Only_amplify_may_assume_the_role() =>
        Assert.Equal(
            """{"Version":"2012-10-17","Statement":[{"Sid":"AmplifyAssumesComputeRole","Effect":"Allow","Principal":{"Service":"amplify.amazonaws.com"},"Action":["sts:AssumeRole"]}]}""",
            StackPlan.From(Configs.Valid()).TrustDocument("123456789012").ToJson());

    [Fact]
    public void Source_conditions_pin_the_account_and_the_app_when_asked_for()
    {
        var trust = StackPlan.From(Configs.Valid(("trustSourceConditions", "true"))).TrustDocument("123456789012");

        var conditions = Assert.Single(trust.Statements).ConditionList;
        Assert.Contains(conditions, c => c is { Operator: "StringEquals", Key: "aws:SourceAccount" } && c.Values.SequenceEqual(["123456789012"]));
        Assert.Contains(conditions, c => c is { Operator: "ArnLike", Key: "aws:SourceArn" }
            && c.Values.SequenceEqual(["arn:aws:amplify:eu-west-1:123456789012:apps/d1a2b3c4d5e6f7/*"]));
    }
}
