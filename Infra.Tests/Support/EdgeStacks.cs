namespace Infra.Tests.Support;

/// <summary>Stack files for cases the repository's stacks do not cover.</summary>
public static class EdgeStacks
{
    public const string AppAndSlashedBranch = """
        config:
          aws:region: eu-west-1
          amplify-compute-role:appId: d1a2b3c4d5e6f7
          amplify-compute-role:branches:
            - feature/login
            - main
          amplify-compute-role:associateApp: true
          amplify-compute-role:access:
            s3:
              - bucket: acme-shop-edge-uploads
                access: read
        """;

    /// <summary>An app id that is no app id, and no region.</summary>
    public const string TwoProblems = """
        config:
          amplify-compute-role:appId: not-an-app
          amplify-compute-role:branches:
            - main
          amplify-compute-role:access:
            s3:
              - bucket: acme-shop-edge-uploads
                access: read
        """;

    /// <summary>A misspelt optional key, which the CLI itself lets through.</summary>
    public const string MisspeltKey = """
        config:
          aws:region: eu-west-1
          amplify-compute-role:appId: d1a2b3c4d5e6f7
          amplify-compute-role:branches:
            - main
          amplify-compute-role:roleNmae: acme-ssr
        """;
}
