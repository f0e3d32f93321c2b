using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>One access level of a kind: its config value, the word its Sids use, and its actions.</summary>
public sealed record Level(string Name, string SidWord, IReadOnlyList<string> Actions);

/// <summary>
/// A kind's access levels, in the order the docs list them (modelled on the AWS CDK's grant
/// methods). Adding a level is one more <see cref="Level"/> line in the kind's file.
/// </summary>
public sealed class Levels(params Level[] all)
{
    public IReadOnlyList<Level> All { get; } = all;

    public IReadOnlyList<string> Names => [.. All.Select(l => l.Name)];

    public Level this[string name] => All.Single(l => l.Name == name);

    /// <summary>The required <c>access</c> field: one of the level names (case matters), or null after a problem.</summary>
    public string? Read(ConfigEntry entry) => entry.Choice("access", Names);

    /// <summary>The actions of several levels, each once, in order: a level made of others (readWrite = read + write).</summary>
    public static IReadOnlyList<string> Union(params IReadOnlyList<string>[] levels) => [.. levels.SelectMany(l => l).Distinct()];
}
