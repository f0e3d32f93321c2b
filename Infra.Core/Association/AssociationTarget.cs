namespace Infra.Core.Association;

/// <summary>
/// What gets the compute role: one branch of an Amplify app, or the app itself
/// when <paramref name="Branch"/> is null.
/// </summary>
public sealed record AssociationTarget(string AppId, string? Branch)
{
    public string AppId { get; } = !string.IsNullOrWhiteSpace(AppId)
        ? AppId
        : throw new ArgumentException("An Amplify app id is required.", nameof(AppId));

    public string? Branch { get; } = Branch is null || !string.IsNullOrWhiteSpace(Branch)
        ? Branch
        : throw new ArgumentException("A branch name must not be blank; use null for the app.", nameof(Branch));

    public bool IsApp => Branch is null;

    /// <summary>The target in the <c>associations</c> output: the app id, or app id/branch (an app id has no slash).</summary>
    public string Id => IsApp ? AppId : $"{AppId}/{Branch}";

    /// <summary>The target as the drift warnings name it.</summary>
    public string Describe() => IsApp ? $"app {AppId}" : $"branch '{Branch}' of app {AppId}";
}
