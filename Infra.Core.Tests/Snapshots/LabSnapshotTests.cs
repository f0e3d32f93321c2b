using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Snapshots;

/// <summary>
/// The policy check's self-test plants its defects into the lab stack's documents as this program
/// renders them (never a hand-written copy), so the lab stack file is rendered and compared like
/// the shipped stacks' snapshots.
/// </summary>
public class LabSnapshotTests
{
    private const string Refresh = "UPDATE_SNAPSHOTS";

    private static readonly string[] Lab = [".ci", "policy-check.d", "selftest"];

    [Fact]
    public void The_rendered_lab_stack_matches_its_committed_documents()
    {
        var path = RepositoryFiles.Path([.. Lab, "lab.json"]);
        var config = StackFiles.FromYaml("lab", File.ReadAllText(RepositoryFiles.Path([.. Lab, "Pulumi.lab.yaml"])));
        var rendered = StackSnapshot.Render("lab", config);
        if (Environment.GetEnvironmentVariable(Refresh) == "1")
        {
            File.WriteAllText(path, rendered);
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";

        Assert.True(committed == rendered,
            $"{path} differs from what the code renders for the lab stack. If the change is intended, refresh with "
            + $"`{Refresh}=1 dotnet test Infra.Core.Tests --filter LabSnapshotTests`, then review and commit the diff.");
    }
}
