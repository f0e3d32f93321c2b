using System.Collections.Immutable;
using Pulumi.Testing;

namespace Infra.Tests.Support;

/// <summary>A resource as the mock received it, and the state the mock answered with.</summary>
public sealed record RecordedResource(MockResourceArgs Args, ImmutableDictionary<string, object> State)
{
    public string Type => Args.Type!;

    public string Name => Args.Name!;

    public ImmutableDictionary<string, object> Inputs => Args.Inputs;

    public string Input(string key) => (string)Inputs[key];

    public IReadOnlyDictionary<string, string> InputMap(string key) =>
        ((ImmutableDictionary<string, object>)Inputs[key]).ToDictionary(kv => kv.Key, kv => (string)kv.Value);

    public IReadOnlyList<string> InputList(string key) => [.. ((ImmutableArray<object>)Inputs[key]).Cast<string>()];

    public string Output(string key) => (string)State[key];
}
