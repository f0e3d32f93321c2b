using System.Diagnostics;
using Infra.Core.Reference;

namespace ValidationBench;

/// <summary>
/// The service reference's cold load: the first <see cref="ServiceReference.Aws"/> of a fresh
/// process (embedded JSON read and indexed), which BenchmarkDotNet's warmed-up loop cannot show.
/// </summary>
public static class ReferenceLoad
{
    public const string Flag = "--reference-cold-load";

    public static void Print()
    {
        var watch = Stopwatch.StartNew();
        var services = ServiceReference.Aws.Services.Count();
        watch.Stop();
        Console.WriteLine($"cold load: {watch.Elapsed.TotalMilliseconds:F0} ms ({services} services, iam-data {ServiceReference.Aws.Version})");
    }
}
