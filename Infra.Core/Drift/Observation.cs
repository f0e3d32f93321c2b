namespace Infra.Core.Drift;

/// <summary>A compute role as Amplify lists it (null: none) and when the target last changed.</summary>
public sealed record FoundRole(string? Role, string UpdateTime);

/// <summary>
/// What observe.sh printed: the app's branches with their roles, the app's role when asked, whether
/// this stack's role exists yet, or why nothing could be read.
/// </summary>
public sealed record Observation(
    string? Failure, bool StackRoleAbsent, IReadOnlyDictionary<string, FoundRole> Branches, FoundRole? App)
{
    private const string BranchLine = "branch: ";
    private const string AppLine = "app: ";
    private const string FailureLine = "unobservable: ";
    private const string StackRoleAbsentLine = "stack-role: absent";

    public static Observation Failed(string cause) => new(cause, false, new Dictionary<string, FoundRole>(), null);

    /// <summary>Parses the script's stdout; lines of another shape (the CLI's own messages) are the failure's detail.</summary>
    public static Observation Parse(string? stdout)
    {
        var lines = (stdout ?? "").Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).ToList();
        if (lines.FirstOrDefault(line => line.StartsWith(FailureLine, StringComparison.Ordinal)) is { } failure)
        {
            var detail = lines.Where(line => !line.Contains(": ", StringComparison.Ordinal) || !IsProtocol(line)).ToList();
            var cause = failure[FailureLine.Length..];
            return Failed(detail.Count == 0 ? cause : $"{cause} ({string.Join(" ", detail)})");
        }
        var branches = new Dictionary<string, FoundRole>(StringComparer.Ordinal);
        FoundRole? app = null;
        foreach (var line in lines)
        {
            if (line.StartsWith(BranchLine, StringComparison.Ordinal) && Fields(line[BranchLine.Length..], 3) is { } b)
            {
                branches[b[0]] = new FoundRole(Role(b[1]), b[2]);
            }
            else if (line.StartsWith(AppLine, StringComparison.Ordinal) && Fields(line[AppLine.Length..], 2) is { } a)
            {
                app = new FoundRole(Role(a[0]), a[1]);
            }
        }
        return new Observation(null, lines.Contains(StackRoleAbsentLine), branches, app);
    }

    private static bool IsProtocol(string line) =>
        line.StartsWith(BranchLine, StringComparison.Ordinal) || line.StartsWith(AppLine, StringComparison.Ordinal)
        || line.StartsWith(FailureLine, StringComparison.Ordinal) || line.StartsWith("stack-role: ", StringComparison.Ordinal);

    private static string[]? Fields(string text, int count) => text.Split('\t') is { } fields && fields.Length == count ? fields : null;

    // The CLI's text output prints None for a field Amplify leaves out.
    private static string? Role(string text) => text is "None" or "" ? null : text;
}
