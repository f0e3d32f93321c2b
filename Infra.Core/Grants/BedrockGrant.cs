using System.Text.RegularExpressions;
using Infra.Core.Policies;
using Infra.Core.Settings;

namespace Infra.Core.Grants;

/// <summary>
/// Invoke one Bedrock foundation model in the stack's region, or invoke through one inference profile
/// (the Converse APIs are authorised by the same two actions). A profile routes each request to its
/// model in one of its destination regions, so the model is allowed in any region, but only through
/// this profile (<c>bedrock:InferenceProfileArn</c>): the Bedrock user guide's least-privilege policy.
/// </summary>
public sealed record BedrockGrant(string Target, bool IsProfile, Level Granted) : NamedGrant
{
    public const string ModelRule = "a Bedrock foundation-model id in the stack's region (e.g. 'anthropic.claude-3-haiku-20240307-v1:0', or a prefix ending in '*' after the provider, e.g. 'anthropic.claude-*'), or a foundation-model ARN in any region arn:<partition>:bedrock:<region>::foundation-model/<id> (no account)";
    public const string ProfileRule = "an inference profile id ('<geo>.<model id>' for a cross-region profile, e.g. 'eu.anthropic.claude-3-haiku-20240307-v1:0', or the 12-character id of an application profile) or its ARN arn:<partition>:bedrock:<region>:<account>:inference-profile/<id> or :application-inference-profile/<id>";

    public static readonly Level Invoke = new("invoke", "Invoke", ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"]);

    public static readonly ActionSet Actions = new("bedrock", "bedrock", ["foundation-model", "inference-profile", "application-inference-profile"], new(Invoke));

    public static readonly GrantKind Definition = new("bedrock", ["model", "inferenceProfile", "actions"], Read, Actions);

    public BedrockGrant(string Target, bool IsProfile)
        : this(Target, IsProfile, Invoke)
    {
    }

    // The Bedrock API reference's identifier patterns.
    private const string ModelId = "[a-z0-9-]{1,63}[.][a-z0-9-]{1,63}(?:[.:]?[a-z0-9-]{1,63})";
    private const string SystemProfileId = $"[a-z-]{{2,8}}[.]{ModelId}";
    private const string ApplicationProfileId = "[a-z0-9]{12}";
    private const string ModelOrPrefix = $@"{ModelId}|[a-z0-9-]{{1,63}}[.][a-z0-9.:-]*\*";
    private static readonly Regex ModelPattern = new($"^(?:{ModelOrPrefix})\\z", RegexOptions.CultureInvariant);

    // A client pinned to another region than the stack's invokes the model there: AWS-owned, so no account.
    private static readonly Regex ModelArn = new($"^arn:(?<partition>aws[a-z-]*):bedrock:(?<region>[a-z0-9-]+)::foundation-model/(?<name>{ModelOrPrefix})\\z", RegexOptions.CultureInvariant);
    private static readonly Regex ProfileIdPattern = new($"^(?:{SystemProfileId}|{ApplicationProfileId})\\z", RegexOptions.CultureInvariant);
    private static readonly Regex SystemProfileArn = NamePatterns.Arn("bedrock", "inference-profile/", SystemProfileId);
    private static readonly Regex ApplicationProfileArn = NamePatterns.Arn("bedrock", "application-inference-profile/", ApplicationProfileId);

    public override Level Level => Granted;
    public override GrantKind Kind => Definition;
    public override string Resource => Target;
    public override string SidStem => Sid.Words(Id);
    public override string Describe() => $"bedrock {(IsProfile ? "inference profile" : "model")} '{Target}' ({Granted.Label})";

    // The model or profile id, also when the stack file gives the profile's ARN.
    private string Id => NamePatterns.IsArn(Target) ? Target[(Target.IndexOf('/', StringComparison.Ordinal) + 1)..] : Target;

    // Only a cross-region profile's id has dots (its geo prefix and the model id).
    private bool IsApplicationProfile => !Id.Contains('.', StringComparison.Ordinal);

    // Through a profile, only the actions that bedrock:InferenceProfileArn narrows reach its models.
    public override IReadOnlyList<Target> Targets => IsProfile
        ?
        [
            new(IsApplicationProfile ? "application-inference-profile" : "inference-profile", $"Bedrock{Granted.SidWord}Profile", s => [Profile(s)]),
            new("foundation-model", $"Bedrock{Granted.SidWord}ThroughProfile", s => [$"arn:{s.Partition}:bedrock:*::foundation-model/{ProfileModel}"],
                s => [new("StringLike", "bedrock:InferenceProfileArn", [Profile(s)])]),
        ]
        : [new("foundation-model", $"Bedrock{Granted.SidWord}Model", s => [NamePatterns.IsArn(Target) ? Target : s.Arn("bedrock", $"foundation-model/{Target}", inAccount: false)])];

    private string Profile(ArnScope scope) =>
        NamePatterns.ArnOf(Target, scope, "bedrock", IsApplicationProfile ? "application-inference-profile/" : "inference-profile/");

    // A cross-region profile's id is its geo prefix and the model id; an application profile's
    // model is not in its id, and the condition alone confines the models to that profile's.
    // The region '*' also matches the empty region of a global profile's model ARN; StringLike
    // is the user guide's operator (the profile ARN holds no wildcard, so it matches exactly).
    private string ProfileModel => IsApplicationProfile ? "*" : Id[(Id.IndexOf('.', StringComparison.Ordinal) + 1)..];

    private static BedrockGrant? Read(ConfigEntry entry, ResourceRules rules)
    {
        if (entry.OneOf("model", "inferenceProfile", $"{ModelRule}; or {ProfileRule}") is not { } choice)
        {
            return null;
        }
        var (field, value) = choice;
        var key = $"{entry.Path}.{field}";
        var valid = field == "model"
            ? rules.NameOrArn(key, value, ModelPattern.IsMatch, ModelArn.Match, ModelRule)
            : rules.NameOrArn(key, value, ProfileIdPattern.IsMatch, v => SystemProfileArn.Match(v) is { Success: true } m ? m : ApplicationProfileArn.Match(v), ProfileRule);
        var level = Actions.ReadFixed(entry, rules.Problems, Invoke);
        return valid && level is not null
            ? Actions.Landed(new BedrockGrant(value, field == "inferenceProfile", level), entry, rules.Problems, rules.Partition)
            : null;
    }
}
