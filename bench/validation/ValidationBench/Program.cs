using BenchmarkDotNet.Running;
using ValidationBench;

if (args is [ReferenceLoad.Flag])
{
    ReferenceLoad.Print();
    return;
}
var switcher = BenchmarkSwitcher.FromTypes([typeof(Validation), typeof(Statements)]);
// Without a filter, every benchmark runs (Run alone would ask which); RunAll ignores --filter.
if (args.Contains("--filter"))
{
    switcher.Run(args);
}
else
{
    switcher.RunAll(args: args);
}
