using System.Collections.Immutable;
using System.Text.Json;
using Infra.Core.Planning;
using Infra.Core.Settings;
using Pulumi;
using Pulumi.Testing;

namespace Infra.Tests.Support;

/// <summary>One <c>pulumi up</c> of the stack against the mocks, with the config as the CLI hands it over.</summary>
public sealed record StackRun(RawConfig Config, AwsMocks Mocks, ImmutableArray<Resource> Resources)
{
    public const string RoleType = "aws:iam/role:Role";
    public const string PolicyType = "aws:iam/policy:Policy";
    public const string AttachmentType = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
    public const string CommandType = "command:local:Command";
    public const string StackReferenceType = "pulumi:pulumi:StackReference";

    public static Task<StackRun> Up(RawConfig config, AwsMocks? mocks = null, IReadOnlyList<string>? secretKeys = null) =>
        Run(config, mocks, secretKeys, preview: false);

    public static Task<StackRun> Preview(RawConfig config, AwsMocks? mocks = null) => Run(config, mocks, null, preview: true);

    private static async Task<StackRun> Run(RawConfig config, AwsMocks? mocks, IReadOnlyList<string>? secretKeys, bool preview)
    {
        mocks ??= new AwsMocks();
        // Planned only when the program observes, i.e. after its own config check passed.
        mocks.Observe ??= environment => Observations.InSync(StackPlan.From(config))(environment);
        // The language host passes the config this way; the SDK reads it when the run starts.
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", JsonSerializer.Serialize(config.Values));
        Environment.SetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS", JsonSerializer.Serialize(secretKeys ?? []));
        try
        {
            var options = new TestOptions { IsPreview = preview, ProjectName = config.Project, StackName = config.Stack };
            return new StackRun(config, mocks, await Deployment.TestAsync<AmplifyComputeStack>(mocks.Mock.Object, options));
        }
        finally
        {
            Environment.SetEnvironmentVariable("PULUMI_CONFIG", null);
            Environment.SetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS", null);
        }
    }

    /// <summary>What Infra.Core decides for this config: the expected values.</summary>
    public StackPlan Plan => StackPlan.From(Config);

    public AmplifyComputeStack Stack => Resources.OfType<AmplifyComputeStack>().Single();

    public IReadOnlyList<RecordedResource> OfType(string type) => [.. Mocks.Resources.Where(r => r.Type == type)];

    public RecordedResource Role => OfType(RoleType).Single();

    public IReadOnlyList<RecordedResource> Commands => OfType(CommandType);

    /// <summary>The stack's outputs as this run registered them, each resolved and written as JSON.</summary>
    public async Task<ImmutableDictionary<string, object>> StackOutputs()
    {
        var registered = Mocks.RegisteredOutputs.Single(kv => kv.Key.Contains("::pulumi:pulumi:Stack::", StringComparison.Ordinal)).Value;
        var values = new Dictionary<string, object>();
        foreach (var (name, output) in registered)
        {
            values[name] = (await Pulumi.Utilities.OutputUtilities.GetValueAsync(output))!;
        }
        return values.ToImmutableDictionary();
    }
}
