namespace Infra.Tests.Support;

/// <summary>PULUMI_CONFIG is process-wide, so the tests that set it run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SharedPulumiConfig
{
    public const string Name = "PULUMI_CONFIG";
}
