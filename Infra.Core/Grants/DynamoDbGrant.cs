using System.Text.RegularExpressions;
using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>A DynamoDB table (by name in the stack's account and region, or by ARN) and its indexes.</summary>
public sealed record DynamoDbGrant(string Table, AccessLevel Access) : Grant
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

    private const string Name = @"[A-Za-z0-9_.-]{3,255}";
    private static readonly Regex NamePattern = NamePatterns.NameOrPrefix(Name, "[A-Za-z0-9_.-]", 255);
    private static readonly Regex ArnPattern = NamePatterns.Arn("dynamodb", "table/", $@"{Name}|[A-Za-z0-9_.-]{{1,254}}\*");

    public override GrantKind Kind => Definition;
    public override string Resource => Table;
    public override string SidStem => Sid.Words(NamePatterns.NameOf(Table, ArnPattern));
    public override string Describe() => $"dynamodb table '{Table}' ({Access.ToConfigValue()})";

    public override IReadOnlyList<PolicyStatement> Statements(ArnScope scope)
    {
        var table = NamePatterns.ArnOf(Table, scope, "dynamodb", "table/");
        var actions = Access == AccessLevel.Read ? ReadActions : [.. ReadActions, .. WriteActions];
        return [new($"DynamoDb{Level(Access)}", actions, [table, $"{table}/index/*"])];
    }

    private static DynamoDbGrant? Read(ConfigEntry entry, ResourceRules rules)
    {
        var table = NamePatterns.Read(entry, rules, "table", Rule, NamePattern, ArnPattern);
        return entry.Access() is { } level && table is not null ? new DynamoDbGrant(table, level) : null;
    }
}
