using System.Globalization;

namespace Infra.Core.Settings;

/// <summary>
/// <c>managedPolicyLimit</c>: how many policy slots the role may use, at most IAM's quota
/// "Managed policies attached to an IAM role" (10 by default, raisable to 20).
/// </summary>
public static class ManagedPolicyLimit
{
    public const int Default = 10;
    public const int Max = 20;

    public static readonly string Rule = $"must be a whole number from 1 to {Max}: the account's IAM quota 'Managed policies attached to an IAM role' "
        + $"(default {Default}; raise it in Service Quotas before raising this)";

    public static int Parse(string key, string? raw, Problems problems)
    {
        if (raw is null)
        {
            return Default;
        }
        var ok = int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= Max;
        return problems.Check(ok, key, raw, Rule) ? limit : Default;
    }
}
