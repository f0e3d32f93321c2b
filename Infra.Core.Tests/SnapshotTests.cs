using Infra.Core.Tests.Support;

namespace Infra.Core.Tests;

public class SnapshotTests
{
    private const string Refresh = "UPDATE_SNAPSHOTS";

    public static TheoryData<string> Files => [.. RepositoryFiles.StackFilePaths];

    [Theory]
    [MemberData(nameof(Files))]
    public void The_rendered_stack_matches_its_committed_snapshot(string stackFile)
    {
        var path = StackSnapshot.PathOf(stackFile);
        var rendered = StackSnapshot.Render(stackFile);
        if (Environment.GetEnvironmentVariable(Refresh) == "1")
        {
            File.WriteAllText(path, rendered);
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";

        Assert.True(committed == rendered,
            $"{path} differs from what the code renders for {stackFile}. If the change is intended, refresh with "
            + $"`{Refresh}=1 dotnet test Infra.Core.Tests --filter SnapshotTests`, then review and commit the diff.");
    }
}
