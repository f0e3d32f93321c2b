using System.Text.RegularExpressions;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Docs;

/// <summary>docs/development.md's steps for a new grant kind: as many as it says, each naming a file that exists.</summary>
public partial class GrantKindStepsTests
{
    private static readonly string[] Numbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    [Fact]
    public void The_steps_are_as_many_as_the_page_says_and_name_real_files()
    {
        var text = File.ReadAllText(RepositoryFiles.Path("docs", "development.md")).ReplaceLineEndings("\n");
        var section = text[text.IndexOf("## Adding a grant kind", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        var steps = Step().Matches(section).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(Numbers[steps.Count], Count().Match(section).Groups[1].Value);
        Assert.All(steps, path => Assert.True(
            File.Exists(RepositoryFiles.Path(path.Replace("<Name>", "Sqs", StringComparison.Ordinal).Replace("<list>", "sqs", StringComparison.Ordinal))),
            $"docs/development.md's step names {path}, which does not exist"));
    }

    // A step: a numbered line starting with the file it changes.
    [GeneratedRegex(@"^\d+\. `([^`]+)`", RegexOptions.Multiline)]
    private static partial Regex Step();

    [GeneratedRegex(@"takes (\w+) places")]
    private static partial Regex Count();
}
