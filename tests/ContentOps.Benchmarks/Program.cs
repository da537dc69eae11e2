// Each benchmark is a verb: dotnet run -c Release --project tests/ContentOps.Benchmarks -- <name> [options]
Console.Error.WriteLine("usage: ContentOps.Benchmarks <benchmark> (see README, Benchmarks)");
return 2;
