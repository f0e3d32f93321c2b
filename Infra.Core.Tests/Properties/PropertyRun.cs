using CsCheck;

namespace Infra.Core.Tests.Properties;

/// <summary>
/// Runs a property over fixed seeds, the same cases on every run: CsCheck's own sampler draws new
/// seeds each time, so a CI run could meet a case no earlier run met and fail a change that did
/// not cause it. A failing case goes to CsCheck with its seed, which shrinks it and prints both.
/// <c>PROPERTY_SEEDS=random</c> explores new cases with CsCheck's sampler (and <c>CsCheck_Seed</c>);
/// <c>PROPERTY_ITER</c> changes the count.
/// </summary>
public static class PropertyRun
{
    public static int Count(int fixedCount) =>
        int.TryParse(Environment.GetEnvironmentVariable("PROPERTY_ITER"), out var count) && count > 0 ? count : fixedCount;

    public static void Check<T>(Gen<T> gen, Action<T> assert, int count, Func<T, string> print)
    {
        if (Environment.GetEnvironmentVariable("PROPERTY_SEEDS") == "random")
        {
            gen.Sample(assert, iter: count, print: print);
            return;
        }
        for (var i = 0UL; i < (ulong)count; i++)
        {
            var pcg = new PCG(1, i);
            var seed = pcg.ToString();
            if (Fails(assert, gen.Generate(pcg, null, out _)))
            {
                gen.Sample(assert, seed: seed, iter: count, print: print);
                Assert.Fail($"seed {seed} failed, then passed when CsCheck replayed it: the property is not deterministic");
            }
        }
    }

    private static bool Fails<T>(Action<T> assert, T value)
    {
        try
        {
            assert(value);
            return false;
        }
#pragma warning disable CA1031 // any exception is a failure of the property, reported by CsCheck
        catch (Exception)
#pragma warning restore CA1031
        {
            return true;
        }
    }
}
