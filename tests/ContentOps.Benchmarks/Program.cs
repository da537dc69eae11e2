using ContentOps.Benchmarks.Review;

// Each benchmark is a verb: dotnet run -c Release --project tests/ContentOps.Benchmarks -- <name> [options]
switch (args.FirstOrDefault())
{
    case "review":
        return ReviewBenchmark.Run(args[1..]);
    default:
        Console.Error.WriteLine("usage: ContentOps.Benchmarks <benchmark> (see README, Benchmarks)\n  review [--runs N]   SOP review throughput (MB/s) on Chinese text");
        return 2;
}
