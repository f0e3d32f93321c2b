namespace Infra.Core.Settings;

/// <summary><c>driftCheck</c>: what a compute role changed outside the stack does to preview and up.</summary>
public enum DriftCheck
{
    /// <summary>Warn about each drifted or unreadable target; <c>pulumi up</c> sets the role again.</summary>
    Warn,

    /// <summary>Preview and up fail while a target has drifted or cannot be read (a CI gate).</summary>
    Fail,

    /// <summary>No observation: no AWS call at preview.</summary>
    Off,
}

public static class DriftCheckSetting
{
    public static readonly IReadOnlyList<string> Values = ["warn", "fail", "off"];

    public static DriftCheck Parse(string key, string? raw, Problems problems)
    {
        var index = raw is null ? 0 : Values.ToList().IndexOf(raw);
        if (index < 0)
        {
            problems.Add(key, raw, "must be warn (the default: warn about a compute role changed outside the stack), "
                + "fail (preview and up fail while a target has drifted or cannot be read) or off (no AWS call at preview)");
            return DriftCheck.Warn;
        }
        return (DriftCheck)index;
    }
}
