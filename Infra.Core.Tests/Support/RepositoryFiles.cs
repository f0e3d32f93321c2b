namespace Infra.Core.Tests.Support;

/// <summary>The repository's own files (stack files, samples, snapshots), found from the test's output folder.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>The folder of the full sample stack files.</summary>
    public const string Examples = "examples";

    /// <summary>The stacks of the shipped stack files, <c>Pulumi.&lt;stack&gt;.yaml</c>.</summary>
    public static IReadOnlyList<string> Stacks { get; } = StacksIn(Root);

    /// <summary>The stacks of the samples, <c>examples/Pulumi.&lt;stack&gt;.yaml</c>.</summary>
    public static IReadOnlyList<string> Samples { get; } = StacksIn(Path(Examples));

    /// <summary>Every stack file, shipped and sample, by its path in the repository.</summary>
    public static IReadOnlyList<string> StackFilePaths { get; } =
        [.. Stacks.Select(s => $"Pulumi.{s}.yaml"), .. Samples.Select(s => $"{Examples}/Pulumi.{s}.yaml")];

    private static string[] StacksIn(string folder) =>
        [.. Directory.GetFiles(folder, "Pulumi.*.yaml").Select(Support.StackFiles.StackOf).Order()];

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
