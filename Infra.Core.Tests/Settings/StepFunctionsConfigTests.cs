using Infra.Core.Planning;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Settings;

public class StepFunctionsConfigTests
{
    private const string Key = $"{Configs.Project}:access.stepfunctions[0].stateMachine";

    [Theory]
    [InlineData("*", "never a bare '*'")]
    [InlineData("order fulfilment", "state machine name")]
    [InlineData("orders:live", "state machine name")]
    [InlineData("or*ders", "state machine name")]
    [InlineData("a-name-of-eighty-one-characters-is-one-character-over-the-limit-of-the-api-xxxxxx", "1 to 80")]
    [InlineData("arn:aws:states:eu-west-1:123456789012:stateMachine:orders:live", "not a version or alias")]
    [InlineData("arn:aws:states:eu-west-1:123456789012:execution:orders:run-1", "stateMachine:<name>")]
    [InlineData("arn:aws-us-gov:states:us-gov-west-1:123456789012:stateMachine:orders", "partition 'aws-us-gov'")]
    public void A_bad_state_machine_is_refused(string machine, string fix) =>
        ProblemAssert.Only(Configs.WithAccess($$"""{"stepfunctions":[{"stateMachine":"{{machine}}"}]}"""), Key, machine, fix);

    [Fact]
    public void A_missing_state_machine_is_refused() =>
        ProblemAssert.Only(Configs.WithAccess("""{"stepfunctions":[{}]}"""), Key, null, "required");

    [Fact]
    public void An_unknown_field_names_the_one_probably_meant() =>
        ProblemAssert.Only(Configs.WithAccess("""{"stepfunctions":[{"stateMachine":"orders","statemachine":"x"}]}"""),
            $"{Configs.Project}:access.stepfunctions[0].statemachine", "x", "did you mean 'stateMachine'?");

    [Theory]
    [InlineData("order-fulfilment")]
    [InlineData("acme-dev-*")]
    [InlineData("arn:aws:states:us-east-1:444455556666:stateMachine:billing")]
    public void Names_prefixes_and_arns_are_accepted(string machine) =>
        Assert.Single(StackPlan.From(Configs.WithAccess($$"""{"stepfunctions":[{"stateMachine":"{{machine}}"}]}""")).Settings.Grants);
}
