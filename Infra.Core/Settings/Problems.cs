namespace Infra.Core.Settings;

/// <summary>Collects problems while parsing, so that all of them are reported together.</summary>
public sealed class Problems
{
    private readonly List<ConfigProblem> _found = [];

    public IReadOnlyList<ConfigProblem> Found => _found;

    public void Add(string key, string? value, string fix) => _found.Add(new(key, value, fix));

    /// <summary>Adds a problem when <paramref name="ok"/> is false; returns <paramref name="ok"/>.</summary>
    public bool Check(bool ok, string key, string? value, string fix)
    {
        if (!ok)
        {
            Add(key, value, fix);
        }
        return ok;
    }

    public void ThrowIfAny(string stack)
    {
        if (_found.Count > 0)
        {
            throw new ConfigException(stack, _found);
        }
    }
}
