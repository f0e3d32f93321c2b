using Infra.Core.Planning;
using Infra.Core.Settings;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Docs;

/// <summary>docs/config.md's sample of a refused config prints what the program prints for it.</summary>
public class ConfigErrorSampleTests
{
    [Fact]
    public void The_sample_config_fails_with_the_sample_message()
    {
        var text = File.ReadAllText(RepositoryFiles.Path("docs", "config.md")).ReplaceLineEndings("\n");
        var section = text[text.IndexOf("## How the config is checked", StringComparison.Ordinal)..];
        var config = Block(section, "```yaml\n");
        var message = Block(section, "```text\n");

        var refused = Assert.Throws<ConfigException>(() => StackPlan.From(StackFiles.FromYaml("dev", config)));
        Assert.Equal(message, refused.Message.ReplaceLineEndings("\n") + "\n");
    }

    // The first fenced block of this kind in the section.
    private static string Block(string section, string fence)
    {
        var start = section.IndexOf(fence, StringComparison.Ordinal) + fence.Length;
        return section[start..(section.IndexOf("```\n", start, StringComparison.Ordinal))];
    }
}
