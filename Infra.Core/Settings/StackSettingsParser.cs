using System.Text.Json;

namespace Infra.Core.Settings;

/// <summary>Turns the raw stack config into <see cref="StackSettings"/>, or one error listing every problem.</summary>
public static class StackSettingsParser
{
    public static StackSettings Parse(RawConfig raw)
    {
        var keys = new ConfigKeys(raw.Project);
        var problems = new Problems();
        RefuseUnknownKeys(raw, keys, problems);

        var region = raw.Get(ConfigKeys.AwsRegion);
        problems.Check(region is not null && AwsRegion.IsValid(region), ConfigKeys.AwsRegion, region,
            "required in every stack file, e.g. pulumi config set aws:region eu-west-1");
        var partition = AwsRegion.PartitionOf(region ?? "");

        var appId = raw.Get(keys.Full(ConfigKeys.AppId));
        problems.Check(appId is not null && NameRules.IsAppId(appId), keys.Full(ConfigKeys.AppId), appId,
            $"required: {NameRules.AppIdRule}");

        var roleName = raw.Get(keys.Full(ConfigKeys.RoleName)) ?? StackSettings.DefaultRoleName(raw.Project, raw.Stack);
        problems.Check(NameRules.IsRoleName(roleName), keys.Full(ConfigKeys.RoleName), roleName,
            $"must be {NameRules.RoleNameRule} (the default is <project>-<stack>-amplify-compute; set roleName when that is too long)");

        var boundary = raw.Get(keys.Full(ConfigKeys.PermissionsBoundaryArn));
        if (boundary is not null)
        {
            new ResourceRules(partition, problems).Arn(keys.Full(ConfigKeys.PermissionsBoundaryArn), boundary, NameRules.BoundaryArn, NameRules.BoundaryRule);
        }

        var settings = new StackSettings(
            raw.Project,
            raw.Stack,
            appId ?? "",
            BranchesParser.Parse(keys.Full(ConfigKeys.Branches), raw.Get(keys.Full(ConfigKeys.Branches)), problems),
            AccessParser.Parse(keys.Full(ConfigKeys.Access), raw.Get(keys.Full(ConfigKeys.Access)), partition, problems),
            roleName,
            boundary,
            TagsParser.Parse(keys.Full(ConfigKeys.Tags), raw.Get(keys.Full(ConfigKeys.Tags)), raw.Project, raw.Stack, problems),
            Flag(keys.Full(ConfigKeys.AssociateApp), raw, problems),
            Flag(keys.Full(ConfigKeys.TrustSourceConditions), raw, problems),
            ManagedPolicyLimit.Parse(keys.Full(ConfigKeys.ManagedPolicyLimit), raw.Get(keys.Full(ConfigKeys.ManagedPolicyLimit)), problems),
            region ?? "",
            AccountIds(raw.Get(ConfigKeys.AwsAllowedAccountIds), problems),
            raw.Get(ConfigKeys.AwsProfile),
            DriftCheckSetting.Parse(keys.Full(ConfigKeys.DriftCheck), raw.Get(keys.Full(ConfigKeys.DriftCheck)), problems));
        problems.ThrowIfAny(raw.Stack);
        return settings;
    }

    private static void RefuseUnknownKeys(RawConfig raw, ConfigKeys keys, Problems problems)
    {
        foreach (var (key, value) in raw.Values.Where(v => v.Key.StartsWith($"{raw.Project}:", StringComparison.Ordinal)))
        {
            var name = key[(raw.Project.Length + 1)..];
            if (!ConfigKeys.ProjectKeys.Contains(name))
            {
                problems.Add(key, value, ClosestName.Hint(name, ConfigKeys.ProjectKeys));
            }
        }
    }

    private static bool Flag(string key, RawConfig raw, Problems problems) => raw.Get(key) switch
    {
        null => false,
        var value when bool.TryParse(value, out var flag) => flag,
        var value => !problems.Check(false, key, value, "must be true or false"),
    };

    private static List<string> AccountIds(string? raw, Problems problems)
    {
        const string fix = "must be a list of 12-digit account ids (quoted in YAML so leading zeros survive)";
        if (raw is null || JsonConfig.Parse(ConfigKeys.AwsAllowedAccountIds, raw, JsonValueKind.Array, fix, problems) is not { } ids)
        {
            return [];
        }
        var accounts = ids.EnumerateArray().Select(JsonConfig.Text).ToList();
        foreach (var account in accounts.Where(a => a.Length != 12 || !a.All(char.IsAsciiDigit)))
        {
            problems.Add(ConfigKeys.AwsAllowedAccountIds, account, fix);
        }
        return accounts;
    }
}
