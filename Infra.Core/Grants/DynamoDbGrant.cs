using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>A DynamoDB table (by name in the stack's account and region, or by ARN) and its indexes.</summary>
public sealed record DynamoDbGrant(string Table, AccessLevel Access) : Grant
{
    public static readonly IReadOnlyList<string> ReadActions =
    [
        "dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable",
        "dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan",
    ];

    public static readonly IReadOnlyList<string> WriteActions =
    [
        "dynamodb:BatchWriteItem", "dynamodb:DeleteItem", "dynamodb:PutItem", "dynamodb:UpdateItem",
    ];

    public override string Kind => "dynamodb";
    public override string Resource => Table;
    public override string SidStem => Sid.Words(TableName);
    public override string Describe() => $"dynamodb table '{Table}' ({Access.ToConfigValue()})";

    private bool IsArn => Table.StartsWith("arn:", StringComparison.Ordinal);
    private string TableName => IsArn ? Table[(Table.IndexOf(":table/", StringComparison.Ordinal) + 7)..] : Table;

    public override IReadOnlyList<PolicyStatement> Statements(ArnScope scope, string sidSuffix)
    {
        var table = IsArn ? Table : scope.Arn("dynamodb", $"table/{Table}");
        var actions = Access == AccessLevel.Read ? ReadActions : [.. ReadActions, .. WriteActions];
        return [new($"DynamoDb{Level(Access)}{SidStem}{sidSuffix}", actions, [table, $"{table}/index/*"])];
    }
}
