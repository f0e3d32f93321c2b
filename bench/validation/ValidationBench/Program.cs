using BenchmarkDotNet.Running;
using ValidationBench;

BenchmarkRunner.Run<Validation>(args: args);
