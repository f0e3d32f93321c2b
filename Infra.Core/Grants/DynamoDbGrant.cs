using System.Text.RegularExpressions;
using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>A DynamoDB table (by name in the stack's account and region, or by ARN) and its indexes.</summary>
public sealed partial record DynamoDbGrant(string Table, AccessLevel Access) : Grant
{
    public const string Rule = "a DynamoDB table name (3 to 255 of A-Z a-z 0-9 _ . -, or a prefix of them ending in '*'; never a bare '*') or a table ARN arn:<partition>:dynamodb:<region>:<account>:table/<name>";

    public static readonly GrantKind Definition = new("dynamodb", ["table", "access"], Read);

    public static readonly IReadOnlyList<string> ReadActions =
    [
        "dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable",
        "dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan",
    ];

    public static readonly IReadOnlyList<string> WriteActions =
    [
        "dynamodb:BatchWriteItem", "dynamodb:DeleteItem", "dynamodb:PutItem", "dynamodb:UpdateItem",
    ];

    public override GrantKind Kind => Definition;
    public override string Resource => Table;
    public override string SidStem => Sid.Words(TableName);
    public override string Describe() => $"dynamodb table '{Table}' ({Access.ToConfigValue()})";

    private bool IsArn => Table.StartsWith("arn:", StringComparison.Ordinal);
    private string TableName => IsArn ? Table[(Table.IndexOf(":table/", StringComparison.Ordinal) + 7)..] : Table;

    public override IReadOnlyList<PolicyStatement> Statements(ArnScope scope)
    {
        var table = IsArn ? Table : scope.Arn("dynamodb", $"table/{Table}");
        var actions = Access == AccessLevel.Read ? ReadActions : [.. ReadActions, .. WriteActions];
        return [new($"DynamoDb{Level(Access)}", actions, [table, $"{table}/index/*"])];
    }

    private static DynamoDbGrant? Read(ConfigEntry entry, ResourceRules rules)
    {
        var table = entry.Required("table", Rule);
        var access = entry.Access();
        var valid = table is not null && rules.NameOrArn($"{entry.Path}.table", table, IsName, ArnPattern().Match, Rule);
        return valid && access is { } level ? new DynamoDbGrant(table!, level) : null;
    }

    private static bool IsName(string value) => NamePattern().IsMatch(value);

    [GeneratedRegex(@"^(?:[A-Za-z0-9_.-]{3,255}|[A-Za-z0-9_.-]{1,254}\*)\z")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^arn:(?<partition>aws[a-z-]*):dynamodb:(?<region>[a-z0-9-]+):(?<account>\d{12}):table/(?:[A-Za-z0-9_.-]{3,255}|[A-Za-z0-9_.-]{1,254}\*)\z")]
    private static partial Regex ArnPattern();
}
