using Infra.Core.Settings;
using Pulumi;

namespace Infra;

/// <summary>Reads the stack config through Pulumi, untouched, for Infra.Core to parse and validate.</summary>
public static class StackConfig
{
    private const string AwsNamespace = "aws";
    private const string SecretPlaceholder = "[secret]";

    public static RawConfig Read()
    {
        var project = Deployment.Instance.ProjectName;
        var keys = new ConfigKeys(project);
        var values = new Dictionary<string, string>();

        // The known keys, and every other key of the project's namespace so that a misspelt one is
        // refused; an unknown secret's value is never read, let alone printed.
        var config = new Config();
        var passed = PulumiConfigVariables.ProjectKeyNames(Environment.GetEnvironmentVariable(PulumiConfigVariables.Config), project);
        var secrets = Environment.GetEnvironmentVariable(PulumiConfigVariables.SecretKeys);
        foreach (var key in ConfigKeys.ProjectKeys.Union(passed, StringComparer.Ordinal))
        {
            var unknownSecret = !ConfigKeys.ProjectKeys.Contains(key) && PulumiConfigVariables.IsSecret(secrets, keys.Full(key));
            Add(values, keys.Full(key), unknownSecret ? SecretPlaceholder : config.Get(key));
        }

        // The AWS provider's own keys: read here, never declared again by this project.
        var aws = new Config(AwsNamespace);
        foreach (var key in ConfigKeys.AwsKeys)
        {
            Add(values, key, aws.Get(key[(AwsNamespace.Length + 1)..]));
        }

        return new RawConfig(project, Deployment.Instance.StackName, values);
    }

    private static void Add(Dictionary<string, string> values, string fullKey, string? value)
    {
        if (value is not null)
        {
            values[fullKey] = value;
        }
    }
}
