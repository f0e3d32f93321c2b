using Infra.Core.Planning;
using Infra.Core.Settings;

namespace Infra.Core.Tests.Support;

/// <summary>Inline configs for edge cases: a small valid baseline plus the keys a test changes.</summary>
public static class Configs
{
    public const string Project = "amplify-compute-role";

    public static RawConfig Valid(params (string Key, string? Value)[] changes)
    {
        var values = new Dictionary<string, string>
        {
            ["aws:region"] = "eu-west-1",
            [$"{Project}:appId"] = "d1a2b3c4d5e6f7",
            [$"{Project}:branches"] = """["main"]""",
            [$"{Project}:access"] = """{"dynamodb":[{"table":"orders","access":"read"}]}""",
        };
        foreach (var (key, value) in changes)
        {
            var full = key.Contains(':', StringComparison.Ordinal) ? key : $"{Project}:{key}";
            if (value is null)
            {
                values.Remove(full);
            }
            else
            {
                values[full] = value;
            }
        }
        return new RawConfig(Project, "test", values);
    }

    public static RawConfig WithAccess(string accessJson) => Valid(("access", accessJson));

    /// <summary>The problems that parsing <paramref name="config"/> reports (fails when it parses).</summary>
    public static IReadOnlyList<ConfigProblem> ProblemsOf(RawConfig config) =>
        Assert.Throws<ConfigException>(() => StackPlan.From(config)).Problems;
}
