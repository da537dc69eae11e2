using ContentOps.Benchmarks.EmbeddedRun;

// Each benchmark is a verb: dotnet run -c Release --project tests/ContentOps.Benchmarks -- <name> [options]
var benchmarks = new Dictionary<string, Func<BenchmarkOptions, Task<int>>>(StringComparer.Ordinal)
{
    ["run-10k"] = options => Task.FromResult(RunTenThousandBenchmark.Run(options)),
    ["phases-10k"] = PhasesTenThousandBenchmark.RunAsync,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var benchmark))
{
    Console.Error.WriteLine($"usage: ContentOps.Benchmarks <benchmark> [--pieces N] [--channels N] [--repeat N] [--keep DIR]; benchmarks: {string.Join(", ", benchmarks.Keys)} (see README)");
    return 2;
}

return await benchmark(BenchmarkOptions.Parse(args[1..]));
