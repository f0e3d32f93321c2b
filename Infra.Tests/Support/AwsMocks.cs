using System.Collections.Concurrent;
using System.Collections.Immutable;
using Moq;
using Pulumi;
using Pulumi.Testing;

namespace Infra.Tests.Support;

/// <summary>
/// Answers as AWS and pulumi-command would (ARNs, names, ids, stdout), makes the one invoke the
/// program needs, refuses any other, and records every call.
/// </summary>
public sealed class AwsMocks
{
    public const string AccountId = "123456789012";
    public const string GetCallerIdentity = "aws:index/getCallerIdentity:getCallerIdentity";
    public const string LocalRun = "command:local:run";

    private readonly ConcurrentQueue<RecordedResource> _resources = new();
    private readonly ConcurrentQueue<string> _invokes = new();
    private readonly ConcurrentQueue<ImmutableDictionary<string, object>> _runs = new();
    private readonly ConcurrentDictionary<string, ImmutableDictionary<string, Output<object?>>> _outputs = new();
    private int _serial;

    public AwsMocks()
    {
        Mock.Setup(m => m.NewResourceAsync(It.IsAny<MockResourceArgs>())).ReturnsAsync((MockResourceArgs args) => Create(args));
        Mock.Setup(m => m.CallAsync(It.IsAny<MockCallArgs>())).ReturnsAsync((MockCallArgs args) => (object)Call(args));
        Mock.Setup(m => m.RegisterResourceOutputs(It.IsAny<MockRegisterResourceOutputsRequest>()))
            .Callback((MockRegisterResourceOutputsRequest request) => _outputs[request.Urn] = request.Outputs)
            .Returns(Task.CompletedTask);
    }

    public Mock<IMocks> Mock { get; } = new(MockBehavior.Strict);

    public IReadOnlyList<RecordedResource> Resources => [.. _resources];

    public IReadOnlyList<string> Invokes => [.. _invokes];

    /// <summary>The arguments of each <c>local.run</c> invoke (command, interpreter, environment).</summary>
    public IReadOnlyList<ImmutableDictionary<string, object>> Runs => [.. _runs];

    /// <summary>What the observation prints, from its environment; set by the test or by <see cref="StackRun"/>.</summary>
    public Func<IReadOnlyDictionary<string, string>, string>? Observe { get; set; }

    /// <summary>
    /// The outputs of the stack's last <c>pulumi up</c>, as its stack reference to itself reads them; null
    /// answers as a mock that knows no stack reference would, with no outputs at all.
    /// </summary>
    public ImmutableDictionary<string, object>? PreviousOutputs { get; set; } = ImmutableDictionary<string, object>.Empty;

    /// <summary>The names among <see cref="PreviousOutputs"/> the engine marks secret.</summary>
    public IReadOnlyList<string> PreviousSecretOutputs { get; set; } = [];

    /// <summary>When set, the <c>local.run</c> invoke itself fails with this message.</summary>
    public string? RunFailure { get; set; }

    /// <summary>The outputs each resource registered, by URN (the stack's included).</summary>
    public IReadOnlyDictionary<string, ImmutableDictionary<string, Output<object?>>> RegisteredOutputs => _outputs;

    private (string? Id, object State) Create(MockResourceArgs args)
    {
        var (id, outputs) = Answer(args);
        var state = args.Inputs.SetItems(outputs);
        _resources.Enqueue(new RecordedResource(args, state));
        return (id, state);
    }

    private (string? Id, ImmutableDictionary<string, object> Outputs) Answer(MockResourceArgs args)
    {
        var serial = Interlocked.Increment(ref _serial);
        var name = args.Inputs.TryGetValue("name", out var given) ? (string)given : $"{args.Name}-{serial:x7}";
        return args.Type switch
        {
            "aws:iam/role:Role" => (name, Outputs(("arn", $"arn:aws:iam::{AccountId}:role/{name}"), ("name", name), ("uniqueId", $"AROA{serial:D17}"))),
            "aws:iam/policy:Policy" => ($"arn:aws:iam::{AccountId}:policy/{name}", Outputs(("arn", $"arn:aws:iam::{AccountId}:policy/{name}"), ("name", name), ("policyId", $"ANPA{serial:D17}"))),
            "aws:iam/rolePolicyAttachment:RolePolicyAttachment" => ($"{args.Inputs["role"]}-{serial:D26}", Outputs()),
            StackRun.StackReferenceType when PreviousOutputs is { } previous => (args.Id, Outputs(("outputs", previous), ("secretOutputNames", PreviousSecretOutputs.Cast<object>().ToImmutableArray()))),
            "command:local:Command" => ($"{args.Name}{serial:x8}", Outputs(("stdout", "previous-compute-role-arn: none"), ("stderr", ""))),
            _ => (null, Outputs()),
        };
    }

    private static ImmutableDictionary<string, object> Outputs(params (string Key, object Value)[] values) =>
        values.ToImmutableDictionary(v => v.Key, v => v.Value);

    private ImmutableDictionary<string, object> Call(MockCallArgs args)
    {
        _invokes.Enqueue(args.Token!);
        return args.Token switch
        {
            GetCallerIdentity => Outputs(("accountId", AccountId), ("arn", $"arn:aws:sts::{AccountId}:assumed-role/deployer/ci"), ("userId", "AROAFAKEUSERID:ci"), ("id", AccountId)),
            LocalRun => Run(args.Args),
            _ => throw new NotSupportedException($"The program made an unexpected invoke: {args.Token}"),
        };
    }

    private ImmutableDictionary<string, object> Run(ImmutableDictionary<string, object> args)
    {
        _runs.Enqueue(args);
        if (RunFailure is not null)
        {
            throw new InvalidOperationException(RunFailure);
        }
        var environment = ((ImmutableDictionary<string, object>)args["environment"]).ToDictionary(kv => kv.Key, kv => (string)kv.Value);
        var stdout = (Observe ?? throw new InvalidOperationException("no observation set"))(environment);
        return args.SetItems(Outputs(("stdout", stdout), ("stderr", ""), ("stdin", "")));
    }
}
