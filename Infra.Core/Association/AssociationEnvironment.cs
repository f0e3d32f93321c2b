using System.Collections.ObjectModel;

namespace Infra.Core.Association;

/// <summary>
/// The environment variables the association scripts read: values travel this
/// way, never spliced into the script text.
/// </summary>
public static class AssociationEnvironment
{
    public const string AppId = "ACR_APP_ID";
    public const string Branch = "ACR_BRANCH";
    public const string Target = "ACR_TARGET";
    public const string Region = "ACR_REGION";
    public const string AccountId = "ACR_ACCOUNT_ID";
    public const string RoleArn = "ACR_ROLE_ARN";
    public const string AwsProfile = "AWS_PROFILE";

    /// <summary>Unique per drift event, set only while the target has drifted: its change updates the association.</summary>
    public const string Drift = "ACR_DRIFT";

    /// <summary>"true" when the observation also reads the app's role.</summary>
    public const string WithApp = "ACR_WITH_APP";

    /// <summary>Optional space-separated retry delays in seconds; not set by <see cref="For"/>.</summary>
    public const string RetryDelays = "ACR_RETRY_DELAYS";

    public const string BranchTarget = "branch";
    public const string AppTarget = "app";
    public const string ObservationTarget = "branches";

    /// <summary>The variables for one target, in a stable (ordinal) order.</summary>
    public static IReadOnlyDictionary<string, string> For(
        AssociationTarget target, string region, string? profile, string accountId, string roleArn)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(roleArn);

        var variables = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [AppId] = target.AppId,
            [Target] = target.IsApp ? AppTarget : BranchTarget,
            [Region] = region,
            [AccountId] = accountId,
            [RoleArn] = roleArn,
        };
        if (target.Branch is { } branch)
        {
            variables[Branch] = branch;
        }
        if (!string.IsNullOrEmpty(profile))
        {
            variables[AwsProfile] = profile;
        }
        return new ReadOnlyDictionary<string, string>(variables);
    }

    /// <summary>The variables of the observation of every branch of the app (and the app itself when asked).</summary>
    public static IReadOnlyDictionary<string, string> ForObservation(
        string appId, bool withApp, string region, string? profile, string accountId, string roleArn)
    {
        var variables = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in For(new AssociationTarget(appId, null), region, profile, accountId, roleArn))
        {
            variables[name] = value;
        }
        variables[Target] = ObservationTarget;
        variables[WithApp] = withApp ? "true" : "false";
        return new ReadOnlyDictionary<string, string>(variables);
    }
}
