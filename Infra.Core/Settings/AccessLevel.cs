namespace Infra.Core.Settings;

/// <summary>How much a grant allows; each grant documents the actions behind each level.</summary>
public enum AccessLevel
{
    Read,
    ReadWrite,
}

public static class AccessLevels
{
    public const string Read = "read";
    public const string ReadWrite = "readWrite";

    public static string ToConfigValue(this AccessLevel level) => level == AccessLevel.Read ? Read : ReadWrite;
}
