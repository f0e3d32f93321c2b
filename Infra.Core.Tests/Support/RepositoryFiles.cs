namespace Infra.Core.Tests.Support;

/// <summary>The repository's own files (stack files, snapshots), found from the test's output folder.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static IReadOnlyList<string> Stacks { get; } =
        [.. Directory.GetFiles(Root, "Pulumi.*.yaml").Select(f => System.IO.Path.GetFileName(f)["Pulumi.".Length..^".yaml".Length]).Order()];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Pulumi.yaml")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No Pulumi.yaml above {AppContext.BaseDirectory}");
    }
}
