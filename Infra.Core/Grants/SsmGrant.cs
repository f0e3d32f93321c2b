using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// Read one SSM parameter, or every parameter under a path (by name and by path). A parameter's ARN
/// drops the name's leading '/': <c>/a/b</c> is <c>parameter/a/b</c>.
/// </summary>
public sealed record SsmGrant(string Name, bool IsPath, Level Granted) : NamedGrant
{
    public static readonly Level ReadParameter = new("read", "ReadParameter", ["ssm:GetParameter", "ssm:GetParameters"]);
    public static readonly Level ReadPath = new("read path", "ReadParameters", ["ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath"]);

    public static readonly ActionSet Actions = new("ssm", "ssm", ["parameter"], new(ReadParameter, ReadPath));

    public static readonly GrantKind Definition = new("ssm", ["parameter", "path", "actions"], Read, Actions);

    // The reference has one type, 'parameter', for a parameter and a path: GetParametersByPath is the
    // one action authorised on the path it is asked for ('/a/b' as 'parameter/a/b'), not on what it returns.
    private static readonly IReadOnlyList<string> PathActions = ["ssm:GetParametersByPath"];

    public SsmGrant(string Name, bool IsPath)
        : this(Name, IsPath, IsPath ? ReadPath : ReadParameter)
    {
    }

    public override Level Level => Granted;
    public override GrantKind Kind => Definition;
    public override string Resource => Name;
    public override string SidStem => Sid.Words(ArnName);
    public override string Describe() => $"ssm {(IsPath ? "path" : "parameter")} '{Name}' ({(Granted.IsOwnActions ? Granted.Label : "read")})";

    private const string ArnMarker = ":parameter/";

    // The name as its ARN ends it: after "parameter/", without the leading (or a path's final) '/'.
    private string ArnName => NamePatterns.IsArn(Name) ? Name[(Name.IndexOf(ArnMarker, StringComparison.Ordinal) + ArnMarker.Length)..] : Name.Trim('/');

    // A path's sub-paths ('/*') return only parameters this grant already reads.
    public override IReadOnlyList<Target> Targets => IsPath
        ?
        [
            new("parameter", $"Ssm{Granted.SidWord}ByPath", s => [Path(s), $"{Path(s)}/*"], Takes: PathActions.Contains),
            new("parameter", $"Ssm{Granted.SidWord}UnderPath", s => [$"{Path(s)}/*"], Takes: a => !PathActions.Contains(a)),
        ]
        : [new("parameter", $"Ssm{Granted.SidWord}", s => [NamePatterns.IsArn(Name) ? Name : Path(s)])];

    private string Path(ArnScope scope) => scope.Arn("ssm", $"parameter/{ArnName}");

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
        var isPath = field == "path";
        var level = Actions.ReadFixed(entry, rules.Problems, isPath ? ReadPath : ReadParameter);
        return valid && level is not null ? Actions.Landed(new SsmGrant(value, isPath, level), entry, rules.Problems, rules.Partition) : null;
    }
}
