namespace Infra.Core.Settings;

/// <summary>One thing wrong with the stack config: where, what was there, and how to fix it.</summary>
public sealed record ConfigProblem(string Key, string? Value, string Fix)
{
    public override string ToString() =>
        $"{Key}: {(Value is null ? "missing" : $"'{Value}'")}: {Fix}";
}
