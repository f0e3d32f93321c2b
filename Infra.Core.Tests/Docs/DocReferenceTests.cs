using System.Text.RegularExpressions;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Docs;

/// <summary>
/// Pulumi.yaml and the code send readers to docs pages and anchors that exist: the link check
/// reads only README.md and docs/.
/// </summary>
public partial class DocReferenceTests
{
    private static readonly string[] CodeFolders = ["Infra.Core", "Infra"];

    [Fact]
    public void Every_docs_reference_outside_the_docs_names_a_page_and_heading_that_exist()
    {
        var code = CodeFolders.SelectMany(d => Directory.GetFiles(RepositoryFiles.Path(d), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var sources = code.Prepend(RepositoryFiles.Path("Pulumi.yaml"));
        var references = sources.SelectMany(f => Reference().Matches(File.ReadAllText(f)).Select(m => (File: f, Page: m.Groups[1].Value, Anchor: m.Groups[2].Value))).ToList();

        Assert.Contains(references, r => r.Anchor == "why-trustsourceconditions-is-opt-in");
        Assert.All(references, r =>
        {
            var page = RepositoryFiles.Path("docs", r.Page);
            Assert.True(File.Exists(page), $"{r.File} names docs/{r.Page}, which does not exist");
            if (r.Anchor.Length > 0)
            {
                Assert.True(Slugs(page).Contains(r.Anchor), $"{r.File} names docs/{r.Page}#{r.Anchor}, which has no such heading");
            }
        });
    }

    // GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens.
    private static HashSet<string> Slugs(string page) =>
        [.. File.ReadAllLines(page).Where(l => l.StartsWith('#'))
            .Select(l => Punctuation().Replace(l.TrimStart('#').Trim().ToLowerInvariant(), "").Replace(' ', '-'))];

    [GeneratedRegex(@"docs/([a-z-]+\.md)(?:#([a-z0-9-]+))?")]
    private static partial Regex Reference();

    [GeneratedRegex(@"[^\p{L}\p{Nd} _-]")]
    private static partial Regex Punctuation();
}
