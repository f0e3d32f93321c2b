using System.Text.RegularExpressions;
using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// Start executions of a state machine (standard, and express with a synchronous result) and
/// describe its executions. Express executions cannot be described, so no <c>express:</c> ARN.
/// </summary>
public sealed record StepFunctionsGrant(string StateMachine) : Grant
{
    public const string Rule = "a Step Functions state machine name (1 to 80 characters, without white space, < > { } [ ] ? * \" # % \\ ^ | ~ ` $ & , ; : / or control characters; or a prefix ending in '*'; never a bare '*') or its ARN arn:<partition>:states:<region>:<account>:stateMachine:<name> (not a version or alias)";

    public static readonly GrantKind Definition = new("stepfunctions", ["stateMachine"], Read);

    public static readonly IReadOnlyList<string> StartActions = ["states:StartExecution", "states:StartSyncExecution"];
    public static readonly IReadOnlyList<string> DescribeActions = ["states:DescribeExecution"];

    // What a name may not hold, as the CreateStateMachine reference lists it.
    private const string NameChar = """[^\s<>{}\[\]?*"#%\\^|~`$&,;:/\x00-\x1F\x7F-\x9F]""";
    private static readonly Regex NamePattern = NamePatterns.NameOrPrefix($"{NameChar}{{1,80}}", NameChar, 80);
    private static readonly Regex ArnPattern = NamePatterns.Arn("states", "stateMachine:", $@"{NameChar}{{1,80}}|{NameChar}{{1,79}}\*");

    public override GrantKind Kind => Definition;
    public override string Resource => StateMachine;
    public override string SidStem => Sid.Words(NamePatterns.NameOf(StateMachine, ArnPattern));
    public override string Describe() => $"stepfunctions state machine '{StateMachine}' (start, describe executions)";

    public override IReadOnlyList<PolicyStatement> Statements(ArnScope scope)
    {
        var machine = NamePatterns.ArnOf(StateMachine, scope, "states", "stateMachine:");
        // execution:<machine>:<execution id>, in the machine's own account and region.
        var executions = machine.Replace(":stateMachine:", ":execution:", StringComparison.Ordinal) + ":*";
        return
        [
            new("StepFunctionsStartExecution", StartActions, [machine]),
            new("StepFunctionsDescribeExecutions", DescribeActions, [executions]),
        ];
    }

    private static StepFunctionsGrant? Read(ConfigEntry entry, ResourceRules rules) =>
        NamePatterns.Read(entry, rules, "stateMachine", Rule, NamePattern, ArnPattern) is { } machine ? new(machine) : null;
}
