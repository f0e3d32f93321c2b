using Infra.Core.Tests.Support;

namespace Infra.Tests.Support;

/// <summary>Every stack file of the repository, shipped and sample, as theory data.</summary>
public static class StackFileData
{
    public static TheoryData<string> All => [.. RepositoryFiles.StackFilePaths];
}
