using Infra.Core.Settings;

namespace Infra.Core.Policies;

/// <summary>Who may assume the compute role: Amplify Hosting, and nothing else.</summary>
public static class TrustPolicy
{
    public const string AmplifyService = "amplify.amazonaws.com";

    public static PolicyDocument For(StackSettings settings, string accountId)
    {
        IReadOnlyList<PolicyCondition> conditions = settings.TrustSourceConditions
            ?
            [
                new("StringEquals", "aws:SourceAccount", [accountId]),
                new("ArnLike", "aws:SourceArn", [settings.Scope(accountId).Arn("amplify", $"apps/{settings.AppId}/*")]),
            ]
            : [];
        return new([new("AmplifyAssumesComputeRole", ["sts:AssumeRole"], [], conditions)], AmplifyService);
    }
}
