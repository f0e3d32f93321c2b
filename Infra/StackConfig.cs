using Infra.Core.Settings;
using Pulumi;

namespace Infra;

/// <summary>Reads the stack config through Pulumi, untouched, for Infra.Core to parse and validate.</summary>
public static class StackConfig
{
    private const string AwsNamespace = "aws";

    public static RawConfig Read()
    {
        var project = Deployment.Instance.ProjectName;
        var keys = new ConfigKeys(project);
        var values = new Dictionary<string, string>();

        var config = new Config();
        foreach (var key in ConfigKeys.ProjectKeys)
        {
            Add(values, keys.Full(key), config.Get(key));
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
