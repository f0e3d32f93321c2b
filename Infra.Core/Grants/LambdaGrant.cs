using System.Text.RegularExpressions;
using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// Invoke a Lambda function. An unqualified function also covers its versions and aliases
/// (<c>&lt;arn&gt;:*</c>); a qualified ARN grants exactly that version or alias.
/// </summary>
public sealed partial record LambdaGrant(string Function) : Grant
{
    public const string Rule = "a Lambda function name (1 to 64 of A-Z a-z 0-9 _ -, or a prefix ending in '*'; never a bare '*') or a function ARN arn:<partition>:lambda:<region>:<account>:function:<name>[:<version or alias>]";

    public static readonly GrantKind Definition = new("lambda", ["function"], Read);

    public override GrantKind Kind => Definition;
    public override string Resource => Function;
    public override string SidStem => Sid.Words(FunctionArnParts()[0]) + Sid.Words(Qualifier ?? "");
    public override string Describe() => $"lambda function '{Function}' (invoke)";

    private string? Qualifier => FunctionArnParts() is [_, var qualifier] ? qualifier : null;

    // arn:partition:lambda:region:account:function:name[:qualifier]
    private string[] FunctionArnParts() => NamePatterns.IsArn(Function) ? Function.Split(':')[6..] : [Function];

    public override IReadOnlyList<PolicyStatement> Statements(ArnScope scope)
    {
        var arn = NamePatterns.IsArn(Function) ? Function : scope.Arn("lambda", $"function:{Function}");
        IReadOnlyList<string> resources = Qualifier is null ? [arn, $"{arn}:*"] : [arn];
        return [new("LambdaInvoke", ["lambda:InvokeFunction"], resources)];
    }

    private static LambdaGrant? Read(ConfigEntry entry, ResourceRules rules)
    {
        var function = entry.Required("function", Rule);
        var valid = function is not null
            && rules.NameOrArn($"{entry.Path}.function", function, NamePattern().IsMatch, ArnPattern().Match, Rule);
        return valid ? new LambdaGrant(function!) : null;
    }

    [GeneratedRegex(@"^(?:[A-Za-z0-9_-]{1,64}|[A-Za-z0-9_-]{1,63}\*)\z")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^arn:(?<partition>aws[a-z-]*):lambda:(?<region>[a-z0-9-]+):(?<account>[0-9]{12}):function:[A-Za-z0-9_-]{1,64}(?::(?:\$LATEST|[A-Za-z0-9_-]{1,128}))?\z")]
    private static partial Regex ArnPattern();
}
