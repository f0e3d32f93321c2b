namespace Infra.Core.Settings;

/// <summary>One string of a config list, with its own key path (<c>access.statements[0].actions[2]</c>).</summary>
public sealed record ConfigItem(string Key, string Value);
