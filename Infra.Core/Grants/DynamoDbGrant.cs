using System.Text.RegularExpressions;
using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>A DynamoDB table (by name in the stack's account and region, or by ARN) and its indexes.</summary>
public sealed record DynamoDbGrant(string Table, string Access) : Grant
{
    public const string Rule = "a DynamoDB table name (3 to 255 of A-Z a-z 0-9 _ . -, or a prefix of them ending in '*'; never a bare '*') or a table ARN arn:<partition>:dynamodb:<region>:<account>:table/<name>";

    public static readonly GrantKind Definition = new("dynamodb", ["table", "access"], Read);

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

    /// <summary>The actions also authorised on an index (resource type <c>index</c>); all are on the table.</summary>
    public static readonly IReadOnlyList<string> IndexActions = ["dynamodb:Query", "dynamodb:Scan"];

    private const string Name = @"[A-Za-z0-9_.-]{3,255}";
    private static readonly Regex NamePattern = NamePatterns.NameOrPrefix(Name, "[A-Za-z0-9_.-]", 255);
    private static readonly Regex ArnPattern = NamePatterns.Arn("dynamodb", "table/", $@"{Name}|[A-Za-z0-9_.-]{{1,254}}\*");

    public override GrantKind Kind => Definition;
    public override string Resource => Table;
    public override string SidStem => Sid.Words(NamePatterns.NameOf(Table, ArnPattern));
    public override string Describe() => $"dynamodb table '{Table}' ({Access})";

    public override IReadOnlyList<PolicyStatement> Statements(ArnScope scope)
    {
        var table = NamePatterns.ArnOf(Table, scope, "dynamodb", "table/");
        var level = Levels[Access];
        var onIndexes = level.Actions.Where(IndexActions.Contains).ToList();
        return
        [
            new($"DynamoDb{level.SidWord}", level.Actions, [table]),
            .. onIndexes.Count == 0 ? [] : new[] { new PolicyStatement($"DynamoDb{level.SidWord}Indexes", onIndexes, [$"{table}/index/*"]) },
        ];
    }

    private static DynamoDbGrant? Read(ConfigEntry entry, ResourceRules rules)
    {
        var table = NamePatterns.Read(entry, rules, "table", Rule, NamePattern, ArnPattern);
        return Levels.Read(entry) is { } level && table is not null ? new DynamoDbGrant(table, level) : null;
    }
}
