using System.Text.RegularExpressions;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>A DynamoDB table (by name in the stack's account and region, or by ARN) and its indexes.</summary>
public sealed record DynamoDbGrant(string Table, Level Granted) : NamedGrant
{
    public const string Rule = "a DynamoDB table name (3 to 255 of A-Z a-z 0-9 _ . -, or a prefix of them ending in '*'; never a bare '*') or a table ARN arn:<partition>:dynamodb:<region>:<account>:table/<name>";

    private static readonly IReadOnlyList<string> Reads =
    [
        "dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable",
        "dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan",
    ];

    private static readonly IReadOnlyList<string> Writes =
    [
        "dynamodb:BatchWriteItem", "dynamodb:DeleteItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DescribeTable",
    ];

    /// <summary>The AWS CDK's <c>grantReadData</c>, <c>grantWriteData</c>, <c>grantReadWriteData</c>.</summary>
    public static readonly Levels Levels = new(
        new("read", "Read", Reads),
        new("write", "Write", Writes),
        new("readWrite", "ReadWrite", Levels.Union(Reads, Writes)));

    public static readonly ActionSet Actions = new("dynamodb", "dynamodb", ["table", "index"], Levels);

    public static readonly GrantKind Definition = new("dynamodb", ["table", "access", "actions"], Read, Actions);

    private const string Name = @"[A-Za-z0-9_.-]{3,255}";
    private static readonly Regex NamePattern = NamePatterns.NameOrPrefix(Name, "[A-Za-z0-9_.-]", 255);
    private static readonly Regex ArnPattern = NamePatterns.Arn("dynamodb", "table/", $@"{Name}|[A-Za-z0-9_.-]{{1,254}}\*");

    public DynamoDbGrant(string table, string access)
        : this(table, Levels[access])
    {
    }

    public override Level Level => Granted;
    public override GrantKind Kind => Definition;
    public override string Resource => Table;
    public override string SidStem => Sid.Words(NamePatterns.NameOf(Table, ArnPattern));
    public override string Describe() => $"dynamodb table '{Table}' ({Granted.Label})";

    // The reference applies Query and Scan to the table and also to its indexes.
    public override IReadOnlyList<Target> Targets =>
    [
        new("table", $"DynamoDb{Granted.SidWord}", s => [Arn(s)]),
        new("index", $"DynamoDb{Granted.SidWord}Indexes", s => [$"{Arn(s)}/index/*"]),
    ];

    private string Arn(ArnScope scope) => NamePatterns.ArnOf(Table, scope, "dynamodb", "table/");

    private static DynamoDbGrant? Read(ConfigEntry entry, ResourceRules rules)
    {
        var table = NamePatterns.Read(entry, rules, "table", Rule, NamePattern, ArnPattern);
        return Actions.ReadAccess(entry, rules.Problems) is { } level && table is not null ? new DynamoDbGrant(table, level) : null;
    }
}
