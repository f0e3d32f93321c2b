using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// Invoke a Lambda function. An unqualified function also covers its versions and aliases
/// (<c>&lt;arn&gt;:*</c>); a qualified ARN grants exactly that version or alias.
/// </summary>
public sealed record LambdaGrant(string Function) : Grant
{
    public override string Kind => "lambda";
    public override string Resource => Function;
    public override string SidStem => Sid.Words(FunctionArnParts()[0]) + Sid.Words(Qualifier ?? "");
    public override string Describe() => $"lambda function '{Function}' (invoke)";

    private bool IsArn => Function.StartsWith("arn:", StringComparison.Ordinal);
    private string? Qualifier => FunctionArnParts() is [_, var qualifier] ? qualifier : null;

    // arn:partition:lambda:region:account:function:name[:qualifier]
    private string[] FunctionArnParts() => IsArn ? Function.Split(':')[6..] : [Function];

    public override IReadOnlyList<PolicyStatement> Statements(ArnScope scope, string sidSuffix)
    {
        var arn = IsArn ? Function : scope.Arn("lambda", $"function:{Function}");
        IReadOnlyList<string> resources = Qualifier is null ? [arn, $"{arn}:*"] : [arn];
        return [new($"LambdaInvoke{SidStem}{sidSuffix}", ["lambda:InvokeFunction"], resources)];
    }
}
