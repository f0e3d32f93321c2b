using System.Text.Json.Serialization;

namespace Infra.Core.Reference;

// The committed JSON's shape (CONTRACT.md), read once by ServiceReference.
internal sealed record ReferenceFile(
    Dictionary<string, string> GlobalConditionKeys,
    Dictionary<string, ServiceFile> Services,
    SourceFile Source);

internal sealed record SourceFile(string Package, string Version);

internal sealed record ServiceFile(
    Dictionary<string, ActionFile> Actions,
    Dictionary<string, string> ConditionKeys,
    Dictionary<string, ResourceTypeFile> ResourceTypes);

internal sealed record ActionFile(List<string> ConditionKeys, List<ResourceFile> Resources);

internal sealed record ResourceFile(List<string> ConditionKeys, bool Required, string Type);

internal sealed record ResourceTypeFile(List<string> Arns, List<string> ConditionKeys);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ReferenceFile))]
internal sealed partial class ReferenceJsonContext : JsonSerializerContext;
