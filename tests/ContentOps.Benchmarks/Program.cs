using ContentOps.Benchmarks.ClusterRun;
using ContentOps.Benchmarks.EmbeddedRun;
using ContentOps.Benchmarks.EventsIngest;
using ContentOps.Benchmarks.Knowledge;
using ContentOps.Benchmarks.Review;
using ContentOps.Benchmarks.SendsPlan;

// Each benchmark is a verb: dotnet run -c Release --project tests/ContentOps.Benchmarks -- <name> [options]
var benchmarks = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.Ordinal)
{
    ["run-10k"] = rest => Task.FromResult(RunTenThousandBenchmark.Run(BenchmarkOptions.Parse(rest))),
    ["phases-10k"] = rest => PhasesTenThousandBenchmark.RunAsync(BenchmarkOptions.Parse(rest)),
    ["review"] = rest => Task.FromResult(ReviewBenchmark.Run(rest)),
    ["review-corpus"] = rest => Task.FromResult(CorpusBenchmark.Run(rest)),
    ["cluster-1k"] = ClusterThousandBenchmark.RunAsync,
    ["knowledge-100k"] = rest => Task.FromResult(KnowledgeBenchmark.Run(rest)),
    ["sends-plan"] = rest => Task.FromResult(SendsPlanBenchmark.Run(rest)),
    ["events-ingest"] = EventsIngestBenchmark.RunAsync,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var benchmark))
{
    Console.Error.WriteLine($"usage: ContentOps.Benchmarks <benchmark> [options]; benchmarks: {string.Join(", ", benchmarks.Keys)} (see tests/ContentOps.Benchmarks/README.md)");
    return 2;
}

return await benchmark(args[1..]);
