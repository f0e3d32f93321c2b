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

    /// <summary>Optional space-separated retry delays in seconds; not set by <see cref="For"/>.</summary>
    public const string RetryDelays = "ACR_RETRY_DELAYS";

    public const string BranchTarget = "branch";
    public const string AppTarget = "app";

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
}
