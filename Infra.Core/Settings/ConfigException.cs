namespace Infra.Core.Settings;

/// <summary>Every problem of a stack config at once, raised before any resource is declared.</summary>
public sealed class ConfigException : Exception
{
    public ConfigException(string stack, IReadOnlyList<ConfigProblem> problems)
        : base(Format(stack, problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<ConfigProblem> Problems { get; }

    private static string Format(string stack, IReadOnlyList<ConfigProblem> problems) =>
        $"Stack '{stack}' has {problems.Count} config problem{(problems.Count == 1 ? "" : "s")}; nothing was deployed:"
        + string.Concat(problems.Select(p => $"{Environment.NewLine}  - {p}"));
}
