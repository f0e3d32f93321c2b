using Infra.Core.Grants.Statements;
using Infra.Core.Planning;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Settings;

/// <summary>Actions that let the role gain more than it holds need allowPrivilegeEscalation, and then the plan warns.</summary>
public class PrivilegeEscalationTests
{
    private const string Key = $"{Configs.Project}:access.statements[0]";
    private const string Role = "arn:aws:iam::123456789012:role/admin";

    private static string Statement(string action, string resource, string extra = "") =>
        $$"""{"statements":[{"sid":"PassAdmin","actions":["{{action}}"],"resources":["{{resource}}"]{{extra}}}]}""";

    [Theory]
    [InlineData("iam:PassRole", Role)]
    [InlineData("sts:AssumeRole", Role)]
    [InlineData("iam:PutRolePolicy", Role)]
    [InlineData("iam:AttachRolePolicy", Role)]
    [InlineData("iam:CreatePolicyVersion", "arn:aws:iam::123456789012:policy/app")]
    [InlineData("lambda:UpdateFunctionCode", "arn:aws:lambda:eu-west-1:123456789012:function:worker")]
    public void An_escalating_action_is_refused_without_the_flag(string action, string resource) =>
        ProblemAssert.Only(Configs.WithAccess(Statement(action, resource)), $"{Key}.actions[0]", action, "allowPrivilegeEscalation: true");

    [Fact]
    public void With_the_flag_it_is_accepted_and_the_plan_warns_naming_the_statement()
    {
        var plan = StackPlan.From(Configs.WithAccess(Statement("iam:PassRole", Role, ""","allowPrivilegeEscalation":true""")));
        var warning = Assert.Single(plan.Warnings);
        Assert.Contains($"{Key} (sid 'PassAdmin')", warning, StringComparison.Ordinal);
        Assert.Contains("iam:PassRole", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_escalating_action_there_is_no_warning() =>
        Assert.Empty(StackPlan.From(Configs.WithAccess(Statement("iam:GetRole", Role, ""","allowPrivilegeEscalation":true"""))).Warnings);

    [Theory]
    [InlineData("\"true\"")]
    [InlineData("1")]
    [InlineData("null")]
    public void A_flag_that_is_not_a_boolean_is_refused(string flag) =>
        ProblemAssert.Only(Configs.WithAccess(Statement("iam:GetRole", Role, $",\"allowPrivilegeEscalation\":{flag}")),
            $"{Key}.allowPrivilegeEscalation", flag.Trim('"'), "must be true or false");

    [Fact]
    public void Every_listed_action_exists_in_the_reference() =>
        Assert.All(PrivilegeEscalation.Actions, a => Assert.Equal(a, Infra.Core.Reference.ServiceReference.Aws.Action(a)?.FullName));
}
