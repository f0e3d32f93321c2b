namespace Infra.Core.Grants;

/// <summary>Every kind of grant the compute role can hold: one line each, in the order the docs list them.</summary>
public static class GrantKinds
{
    public static readonly IReadOnlyList<GrantKind> All =
    [
        DynamoDbGrant.Definition,
        S3Grant.Definition,
        LambdaGrant.Definition,
        KmsGrant.Definition,
        SecretsManagerGrant.Definition,
        SsmGrant.Definition,
        SqsGrant.Definition,
        SnsGrant.Definition,
        SesGrant.Definition,
        EventBridgeGrant.Definition,
        StepFunctionsGrant.Definition,
        BedrockGrant.Definition,
        AppSyncGrant.Definition,
        CustomStatementGrant.Definition,
    ];

    public static readonly IReadOnlyDictionary<string, GrantKind> ByName = All.ToDictionary(k => k.Name);
}
