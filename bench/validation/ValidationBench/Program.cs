using BenchmarkDotNet.Running;
using ValidationBench;

if (args is [ReferenceLoad.Flag])
{
    ReferenceLoad.Print();
    return;
}
BenchmarkSwitcher.FromTypes([typeof(Validation), typeof(Statements)]).RunAll(args: args);
