using System.Text.RegularExpressions;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// Start executions of a state machine (standard, and express with a synchronous result) and
/// describe its executions. Express executions cannot be described, so no <c>express:</c> ARN.
/// </summary>
public sealed record StepFunctionsGrant(string StateMachine, Level Granted) : NamedGrant
{
    public const string Rule = "a Step Functions state machine name (1 to 80 characters, without white space, < > { } [ ] ? * \" # % \\ ^ | ~ ` $ & , ; : / or control characters; or a prefix ending in '*'; never a bare '*') or its ARN arn:<partition>:states:<region>:<account>:stateMachine:<name> (not a version or alias)";

    public static readonly Level StartAndDescribe = new("start, describe executions", "StartExecution",
        ["states:StartExecution", "states:StartSyncExecution", "states:DescribeExecution"]);

    public static readonly ActionSet Actions = new("stepfunctions", "states", ["statemachine", "execution"], new(StartAndDescribe));

    public static readonly GrantKind Definition = new("stepfunctions", ["stateMachine", "actions"], Read, Actions);

    public StepFunctionsGrant(string stateMachine)
        : this(stateMachine, StartAndDescribe)
    {
    }

    // What a name may not hold, as the CreateStateMachine reference lists it.
    private const string NameChar = """[^\s<>{}\[\]?*"#%\\^|~`$&,;:/\x00-\x1F\x7F-\x9F]""";
    private static readonly Regex NamePattern = NamePatterns.NameOrPrefix($"{NameChar}{{1,80}}", NameChar, 80);
    private static readonly Regex ArnPattern = NamePatterns.Arn("states", "stateMachine:", $@"{NameChar}{{1,80}}|{NameChar}{{1,79}}\*");

    public override Level Level => Granted;
    public override GrantKind Kind => Definition;
    public override string Resource => StateMachine;
    public override string SidStem => Sid.Words(NamePatterns.NameOf(StateMachine, ArnPattern));
    public override string Describe() => $"stepfunctions state machine '{StateMachine}' ({Granted.Label})";

    // execution:<machine>:<execution id>, in the machine's own account and region.
    public override IReadOnlyList<Target> Targets =>
    [
        new("statemachine", $"StepFunctions{Granted.SidWord}", s => [Machine(s)]),
        new("execution", Granted.IsOwnActions ? "StepFunctionsActionsExecutions" : "StepFunctionsDescribeExecutions",
            s => [Machine(s).Replace(":stateMachine:", ":execution:", StringComparison.Ordinal) + ":*"]),
    ];

    private string Machine(ArnScope scope) => NamePatterns.ArnOf(StateMachine, scope, "states", "stateMachine:");

    private static StepFunctionsGrant? Read(ConfigEntry entry, ResourceRules rules)
    {
        var machine = NamePatterns.Read(entry, rules, "stateMachine", Rule, NamePattern, ArnPattern);
        var level = Actions.ReadFixed(entry, rules.Problems, StartAndDescribe);
        return machine is not null && level is not null ? new(machine, level) : null;
    }
}
