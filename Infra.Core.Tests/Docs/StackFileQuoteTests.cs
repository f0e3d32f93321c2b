using System.Text.RegularExpressions;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Docs;

/// <summary>
/// A <c>```yaml</c> block right after a line that names a stack file quotes that file: as it is, or,
/// when the line says "(excerpt)", some of its lines in their order.
/// </summary>
public partial class StackFileQuoteTests
{
    private sealed record Quote(string Doc, string File, bool Excerpt, string[] Lines);

    [Fact]
    public void Every_quote_of_a_stack_file_matches_the_file()
    {
        var quotes = Quotes().ToList();

        Assert.All(quotes, q =>
        {
            var file = File.ReadAllText(RepositoryFiles.Path(q.File)).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
            var found = q.Excerpt ? InOrder(q.Lines, file) : q.Lines.SequenceEqual(file);
            Assert.True(found, $"{q.Doc} quotes {q.File}{(q.Excerpt ? " (excerpt)" : "")}, but the file does not hold those lines{(q.Excerpt ? " in that order" : "")}");
        });
        Assert.Equal(
            RepositoryFiles.Samples.Select(s => $"{RepositoryFiles.Examples}/Pulumi.{s}.yaml"),
            quotes.Where(q => q.Doc == "docs/config.md" && !q.Excerpt).Select(q => q.File).Order());
        Assert.Contains(quotes, q => q.Doc == "README.md" && q.File == "Pulumi.dev.yaml" && !q.Excerpt);
    }

    private static IEnumerable<Quote> Quotes()
    {
        var docs = Directory.GetFiles(RepositoryFiles.Path("docs"), "*.md").Select(f => $"docs/{Path.GetFileName(f)}").Prepend("README.md");
        foreach (var doc in docs)
        {
            var lines = File.ReadAllText(RepositoryFiles.Path(doc)).ReplaceLineEndings("\n").Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var intro = lines.Take(i).LastOrDefault(l => l.Trim().Length > 0) ?? "";
                if (lines[i] == "```yaml" && Named().Match(intro) is { Success: true } named)
                {
                    var block = lines.Skip(i + 1).TakeWhile(l => l != "```").ToArray();
                    yield return new Quote(doc, named.Groups[1].Value, intro.Contains("(excerpt)", StringComparison.Ordinal), block);
                }
            }
        }
    }

    private static bool InOrder(string[] excerpt, string[] file)
    {
        var at = 0;
        return excerpt.All(line => (at = Array.IndexOf(file, line, at) + 1) > 0);
    }

    [GeneratedRegex(@"`((?:examples/)?Pulumi\.[a-z]+\.yaml)`")]
    private static partial Regex Named();
}
