using System.Text.RegularExpressions;
using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// Start executions of a state machine (standard, and express with a synchronous result) and
/// describe its executions. Express executions cannot be described, so no <c>express:</c> ARN.
/// </summary>
public sealed partial record StepFunctionsGrant(string StateMachine) : Grant
{
    public const string Rule = "a Step Functions state machine name (1 to 80 characters, without white space, < > { } [ ] ? * \" # % \\ ^ | ~ ` $ & , ; : / or control characters; or a prefix ending in '*'; never a bare '*') or its ARN arn:<partition>:states:<region>:<account>:stateMachine:<name> (not a version or alias)";

    public static readonly GrantKind Definition = new("stepfunctions", ["stateMachine"], Read);

    public static readonly IReadOnlyList<string> StartActions = ["states:StartExecution", "states:StartSyncExecution"];
    public static readonly IReadOnlyList<string> DescribeActions = ["states:DescribeExecution"];

    // What a name may not hold, as the CreateStateMachine reference lists it.
    private const string NameChar = """[^\s<>{}\[\]?*"#%\\^|~`$&,;:/\x00-\x1F\x7F-\x9F]""";

    public override GrantKind Kind => Definition;
    public override string Resource => StateMachine;
    public override string SidStem => Sid.Words(MachineName);
    public override string Describe() => $"stepfunctions state machine '{StateMachine}' (start, describe executions)";

    private bool IsArn => StateMachine.StartsWith("arn:", StringComparison.Ordinal);
    private string MachineName => IsArn ? StateMachine[(StateMachine.IndexOf(":stateMachine:", StringComparison.Ordinal) + 14)..] : StateMachine;

    public override IReadOnlyList<PolicyStatement> Statements(ArnScope scope)
    {
        var machine = IsArn ? StateMachine : scope.Arn("states", $"stateMachine:{StateMachine}");
        // execution:<machine>:<execution id>, in the machine's own account and region.
        var executions = machine.Replace(":stateMachine:", ":execution:", StringComparison.Ordinal) + ":*";
        return
        [
            new("StepFunctionsStartExecution", StartActions, [machine]),
            new("StepFunctionsDescribeExecutions", DescribeActions, [executions]),
        ];
    }

    private static StepFunctionsGrant? Read(ConfigEntry entry, ResourceRules rules)
    {
        var machine = entry.Required("stateMachine", Rule);
        var valid = machine is not null
            && rules.NameOrArn($"{entry.Path}.stateMachine", machine, NamePattern().IsMatch, ArnPattern().Match, Rule);
        return valid ? new StepFunctionsGrant(machine!) : null;
    }

    [GeneratedRegex($@"^(?:{NameChar}{{1,80}}|{NameChar}{{1,79}}\*)\z")]
    private static partial Regex NamePattern();

    [GeneratedRegex($@"^arn:(?<partition>aws[a-z-]*):states:(?<region>[a-z0-9-]+):(?<account>\d{{12}}):stateMachine:(?:{NameChar}{{1,80}}|{NameChar}{{1,79}}\*)\z")]
    private static partial Regex ArnPattern();
}
