using Infra.Core.Planning;
using Infra.Core.Settings;

namespace Infra.Core.Tests.Support;

public static class ProblemAssert
{
    /// <summary>
    /// Parsing fails with exactly one problem, at <paramref name="key"/>, and the message names the
    /// key, the value (when there is one) and carries <paramref name="fixMentions"/>.
    /// </summary>
    public static ConfigProblem Only(RawConfig config, string key, string? value, string fixMentions)
    {
        var error = Assert.Throws<ConfigException>(() => StackPlan.From(config));
        var problem = Assert.Single(error.Problems);
        Assert.Equal(key, problem.Key);
        Assert.Equal(value, problem.Value);
        Assert.Contains(fixMentions, problem.Fix, StringComparison.Ordinal);
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        if (value is not null)
        {
            Assert.Contains($"'{value}'", error.Message, StringComparison.Ordinal);
        }
        return problem;
    }
}
