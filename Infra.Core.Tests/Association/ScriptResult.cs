namespace Infra.Core.Tests.Association;

internal sealed record ScriptResult(int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> StdoutLines =>
        Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public void AssertSucceeded() =>
        Assert.True(ExitCode == 0, $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}");

    public void AssertFailed() =>
        Assert.True(ExitCode != 0, $"expected failure\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
}
