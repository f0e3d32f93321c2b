using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// Read one SSM parameter, or every parameter under a path (by name and by path). A parameter's ARN
/// drops the name's leading '/': <c>/a/b</c> is <c>parameter/a/b</c>.
/// </summary>
public sealed record SsmGrant(string Name, bool IsPath) : Grant
{
    public static readonly GrantKind Definition = new("ssm", ["parameter", "path"], Read);

    public static readonly IReadOnlyList<string> ReadActions = ["ssm:GetParameter", "ssm:GetParameters"];
    public static readonly IReadOnlyList<string> ReadByPathActions = ["ssm:GetParametersByPath"];

    public override GrantKind Kind => Definition;
    public override string Resource => Name;
    public override string SidStem => Sid.Words(ArnName);
    public override string Describe() => $"ssm {(IsPath ? "path" : "parameter")} '{Name}' (read)";

    private const string ArnMarker = ":parameter/";

    // The name as its ARN ends it: after "parameter/", without the leading (or a path's final) '/'.
    private string ArnName => NamePatterns.IsArn(Name) ? Name[(Name.IndexOf(ArnMarker, StringComparison.Ordinal) + ArnMarker.Length)..] : Name.Trim('/');

    public override IReadOnlyList<PolicyStatement> Statements(ArnScope scope)
    {
        if (!IsPath)
        {
            return [new("SsmReadParameter", ReadActions, [NamePatterns.IsArn(Name) ? Name : scope.Arn("ssm", $"parameter/{ArnName}")])];
        }
        // GetParametersByPath is authorised on the path it is asked for, '/a/b' as 'parameter/a/b';
        // the sub-paths ('/*') return only parameters this grant already reads.
        var path = scope.Arn("ssm", $"parameter/{ArnName}");
        return
        [
            new("SsmReadParametersByPath", ReadByPathActions, [path, $"{path}/*"]),
            new("SsmReadParametersUnderPath", ReadActions, [$"{path}/*"]),
        ];
    }

    private static SsmGrant? Read(ConfigEntry entry, ResourceRules rules)
    {
        if (entry.OneOf("parameter", "path", $"{SsmNames.ParameterRule}; or {SsmNames.PathRule}") is not { } choice)
        {
            return null;
        }
        var (field, value) = choice;
        var key = $"{entry.Path}.{field}";
        var valid = field == "path"
            ? rules.Problems.Check(SsmNames.IsPath(value, rules.Partition), key, value, $"must be {SsmNames.PathRule}")
            : rules.NameOrArn(key, value, v => SsmNames.IsParameter(v, rules.Partition), v => SsmNames.ParameterArn(v, rules.Partition), SsmNames.ParameterRule);
        return valid ? new SsmGrant(value, field == "path") : null;
    }
}
