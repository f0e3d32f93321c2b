using Infra.Core.Tests.Support;

namespace Infra.Core.Tests;

public class SnapshotTests
{
    private const string Refresh = "UPDATE_SNAPSHOTS";

    public static TheoryData<string> Stacks => [.. RepositoryFiles.Stacks];

    [Theory]
    [MemberData(nameof(Stacks))]
    public void The_rendered_stack_matches_its_committed_snapshot(string stack)
    {
        var path = RepositoryFiles.Path("Infra.Core.Tests", "Snapshots", $"{stack}.json");
        var rendered = StackSnapshot.Render(stack);
        if (Environment.GetEnvironmentVariable(Refresh) == "1")
        {
            File.WriteAllText(path, rendered);
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";

        Assert.True(committed == rendered,
            $"{path} differs from what the code renders for stack '{stack}'. If the change is intended, refresh with "
            + $"`{Refresh}=1 dotnet test Infra.Core.Tests --filter SnapshotTests`, then review and commit the diff.");
    }
}
