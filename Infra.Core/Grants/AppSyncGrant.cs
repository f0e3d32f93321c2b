using System.Text.RegularExpressions;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// Call a GraphQL API with IAM authorisation: <c>appsync:GraphQL</c> on every field of the named
/// root types. AppSync authorises each field as <c>apis/&lt;id&gt;/types/&lt;Type&gt;/fields/&lt;field&gt;</c>.
/// </summary>
public sealed partial record AppSyncGrant(string Api, IReadOnlyList<string> Operations, Level Granted) : NamedGrant
{
    public const string ApiRule = "an AppSync GraphQL API id (letters and digits, as the API's settings show it) or its ARN arn:<partition>:appsync:<region>:<account>:apis/<api id>";
    public const string OperationRule = "'query', 'mutation' or 'subscription', each at most once; leave operations out for all three";

    public static readonly Level GraphQL = new("graphql", "GraphQL", ["appsync:GraphQL"]);

    // Only fields: appsync:GraphQL also applies to the API ('graphqlapi'), which would allow every field.
    public static readonly ActionSet Actions = new("appsync", "appsync", ["field"], new(GraphQL));

    public static readonly GrantKind Definition = new("appsync", ["api", "operations", "actions"], Read, Actions);

    public AppSyncGrant(string api, IReadOnlyList<string> operations)
        : this(api, operations, GraphQL)
    {
    }

    /// <summary>Operation types and the schema's default root type names that authorise them.</summary>
    public static readonly IReadOnlyDictionary<string, string> RootTypes = new Dictionary<string, string>
    {
        ["query"] = "Query",
        ["mutation"] = "Mutation",
        ["subscription"] = "Subscription",
    };

    public override Level Level => Granted;
    public override GrantKind Kind => Definition;
    public override string Resource => Api;
    public override string SidStem => "Api" + Sid.Words(Api[(Api.LastIndexOf('/') + 1)..]);
    public override string Describe() => $"appsync api '{Api}' ({string.Join(", ", Operations)}{(Granted.IsOwnActions ? $"; {Granted.Label}" : "")})";

    public override IReadOnlyList<Target> Targets => [new("field", $"AppSync{Granted.SidWord}", Fields)];

    private IReadOnlyList<string> Fields(ArnScope scope)
    {
        var api = NamePatterns.IsArn(Api) ? Api : scope.Arn("appsync", $"apis/{Api}");
        return [.. Operations.Select(o => $"{api}/types/{RootTypes[o]}/fields/*")];
    }

    private static AppSyncGrant? Read(ConfigEntry entry, ResourceRules rules)
    {
        var api = entry.Required("api", ApiRule);
        var operations = entry.OptionalStrings("operations", OperationRule);
        var valid = api is not null && rules.NameOrArn($"{entry.Path}.api", api, ApiId().IsMatch, ApiArn().Match, ApiRule);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations ?? [])
        {
            valid &= rules.Problems.Check(RootTypes.ContainsKey(operation.Value) && seen.Add(operation.Value),
                operation.Key, operation.Value, $"must be {OperationRule}");
        }
        var chosen = operations?.Select(o => o.Value).ToList() ?? [.. RootTypes.Keys];
        var level = Actions.ReadFixed(entry, rules.Problems, GraphQL);
        return valid && level is not null && (operations is not null || !entry.Has("operations")) ? new AppSyncGrant(api!, chosen, level) : null;
    }

    // AppSync documents no pattern for API ids; the ones it issues are lowercase letters and digits.
    [GeneratedRegex(@"^[A-Za-z0-9]{1,64}\z")]
    private static partial Regex ApiId();

    [GeneratedRegex(@"^arn:(?<partition>aws[a-z-]*):appsync:(?<region>[a-z0-9-]+):(?<account>[0-9]{12}):apis/[A-Za-z0-9]{1,64}\z")]
    private static partial Regex ApiArn();
}
