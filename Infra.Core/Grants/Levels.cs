using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>One access level of a kind: its config value, the word its Sids use, and its actions.</summary>
public sealed record Level(string Name, string SidWord, IReadOnlyList<string> Actions)
{
    /// <summary>The name of the level an entry's <c>actions</c> make.</summary>
    public const string OwnActions = "actions";

    /// <summary>An entry's <c>actions</c>, as a level made on the fly: its Sids say <c>Actions</c>.</summary>
    public static Level Of(IReadOnlyList<string> actions) => new(OwnActions, "Actions", actions);

    public bool IsOwnActions => Name == OwnActions;

    /// <summary>How a grant's description shows it: the level's name, or the actions themselves.</summary>
    public string Label => IsOwnActions ? $"actions {string.Join(", ", Actions)}" : Name;
}

/// <summary>
/// A kind's access levels, in the order the docs list them (modelled on the AWS CDK's grant
/// methods). Adding a level is one more <see cref="Level"/> line in the kind's file.
/// </summary>
public sealed class Levels(params Level[] all)
{
    public IReadOnlyList<Level> All { get; } = all;

    public IReadOnlyList<string> Names => [.. All.Select(l => l.Name)];

    public Level this[string name] => All.Single(l => l.Name == name);

    /// <summary>The words <c>access</c> may be, as a rule: <c>'read' or 'readWrite'</c>.</summary>
    public string Rule => string.Join(" or ", Names.Select(v => $"'{v}'"));

    /// <summary>The actions of several levels, each once, in order: a level made of others (readWrite = read + write).</summary>
    public static IReadOnlyList<string> Union(params IReadOnlyList<string>[] levels) => [.. levels.SelectMany(l => l).Distinct()];
}
