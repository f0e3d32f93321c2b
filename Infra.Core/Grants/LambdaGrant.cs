using System.Text.RegularExpressions;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// Invoke a Lambda function. An unqualified function also covers its versions and aliases
/// (<c>&lt;arn&gt;:*</c>); a qualified ARN grants exactly that version or alias.
/// </summary>
public sealed partial record LambdaGrant(string Function, Level Granted) : NamedGrant
{
    public const string Rule = "a Lambda function name (1 to 64 of A-Z a-z 0-9 _ -, or a prefix ending in '*'; never a bare '*') or a function ARN arn:<partition>:lambda:<region>:<account>:function:<name>[:<version or alias>]";

    public static readonly Level Invoke = new("invoke", "Invoke", ["lambda:InvokeFunction"]);

    // The reference gives a qualified ARN (function:<name>:<alias>) the type 'function' too.
    public static readonly ActionSet Actions = new("lambda", "lambda", ["function"], new(Invoke));

    public static readonly GrantKind Definition = new("lambda", ["function", "actions"], Read, Actions);

    public LambdaGrant(string function)
        : this(function, Invoke)
    {
    }

    public override Level Level => Granted;
    public override GrantKind Kind => Definition;
    public override string Resource => Function;
    public override string SidStem => Sid.Words(FunctionArnParts()[0]) + Sid.Words(Qualifier ?? "");
    public override string Describe() => $"lambda function '{Function}' ({Granted.Label})";

    private string? Qualifier => FunctionArnParts() is [_, var qualifier] ? qualifier : null;

    // arn:partition:lambda:region:account:function:name[:qualifier]
    private string[] FunctionArnParts() => NamePatterns.IsArn(Function) ? Function.Split(':')[6..] : [Function];

    public override IReadOnlyList<Target> Targets => [new("function", $"Lambda{Granted.SidWord}", Arns)];

    private IReadOnlyList<string> Arns(ArnScope scope)
    {
        var arn = NamePatterns.IsArn(Function) ? Function : scope.Arn("lambda", $"function:{Function}");
        return Qualifier is null ? [arn, $"{arn}:*"] : [arn];
    }

    private static LambdaGrant? Read(ConfigEntry entry, ResourceRules rules)
    {
        var function = entry.Required("function", Rule);
        var level = Actions.ReadFixed(entry, rules.Problems, Invoke);
        var valid = function is not null
            && rules.NameOrArn($"{entry.Path}.function", function, NamePattern().IsMatch, ArnPattern().Match, Rule);
        return valid && level is not null ? new LambdaGrant(function!, level) : null;
    }

    [GeneratedRegex(@"^(?:[A-Za-z0-9_-]{1,64}|[A-Za-z0-9_-]{1,63}\*)\z")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^arn:(?<partition>aws[a-z-]*):lambda:(?<region>[a-z0-9-]+):(?<account>[0-9]{12}):function:[A-Za-z0-9_-]{1,64}(?::(?:\$LATEST|[A-Za-z0-9_-]{1,128}))?\z")]
    private static partial Regex ArnPattern();
}
