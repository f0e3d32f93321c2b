using System.Collections.Concurrent;

namespace Infra.Core.Tests.Association;

/// <summary>
/// One script run that several tests assert on, each its own part: an identical scenario runs the
/// CLI once, not once per test. The first test to ask runs it; it is kept until the test run ends.
/// </summary>
internal sealed record SharedRun(Scenario Scenario, ScriptResult Result)
{
    private static readonly ConcurrentDictionary<string, Lazy<SharedRun>> Runs = new();

    /// <summary>The run named <paramref name="key"/>; the same key must always mean the same scenario.</summary>
    public static SharedRun Of(string key, Func<Scenario> arrange, Func<Scenario, ScriptResult> act) =>
        Runs.GetOrAdd(key, _ => new Lazy<SharedRun>(() =>
        {
            var scenario = arrange();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => scenario.Dispose();
            return new SharedRun(scenario, act(scenario));
        })).Value;
}
