using Infra.Core.Grants;
using Infra.Core.Settings;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Policies;

public class StepFunctionsStatementTests
{
    private static readonly ArnScope Scope = new("aws", "eu-west-1", "123456789012");

    [Fact]
    public void A_machine_by_name_starts_executions_and_describes_its_own()
    {
        var grant = new StepFunctionsGrant("order-fulfilment");
        var statements = grant.Statements(Scope);

        Assert.Equal("OrderFulfilment", grant.SidStem);
        var start = statements.Single(s => s.Sid == "StepFunctionsStartExecution");
        Assert.Equal(ReferencePlacement.On(StepFunctionsGrant.StartAndDescribe, "statemachine"), start.Actions);
        Assert.Equal(["arn:aws:states:eu-west-1:123456789012:stateMachine:order-fulfilment"], start.Resources);
        var describe = statements.Single(s => s.Sid == "StepFunctionsDescribeExecutions");
        Assert.Equal(ReferencePlacement.On(StepFunctionsGrant.StartAndDescribe, "execution"), describe.Actions);
        Assert.Equal(["arn:aws:states:eu-west-1:123456789012:execution:order-fulfilment:*"], describe.Resources);
        Assert.Equal(2, statements.Count);
    }

    [Fact]
    public void A_machine_by_arn_keeps_its_account_and_region()
    {
        var grant = new StepFunctionsGrant("arn:aws:states:us-east-1:444455556666:stateMachine:billing");
        var statements = grant.Statements(Scope);

        Assert.Equal("Billing", grant.SidStem);
        Assert.Equal(["arn:aws:states:us-east-1:444455556666:stateMachine:billing"], statements[0].Resources);
        Assert.Equal(["arn:aws:states:us-east-1:444455556666:execution:billing:*"], statements[1].Resources);
    }

    [Fact]
    public void A_name_prefix_covers_the_machines_and_their_executions() =>
        Assert.Equal(["arn:aws:states:eu-west-1:123456789012:execution:acme-dev-*:*"],
            new StepFunctionsGrant("acme-dev-*").Statements(Scope)[1].Resources);
}
