using System.Diagnostics;
using System.Globalization;
using ContentOps.Benchmarks.Review;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Knowledge.Retrieval;
using ContentOps.Core.Knowledge.Stores;
using ContentOps.Core.Knowledge.Text;
using ContentOps.Operator.Declarations;

namespace ContentOps.Benchmarks.Knowledge;

/// <summary>
/// <c>knowledge-100k [--records N] [--repeat N] [--seed N] [--queries eval|dev] [--sweep]</c>: indexes the example
/// claims and source passages among N (default 100,000) distractor records, then answers the labelled queries of
/// tests/corpora/knowledge/queries.tsv (the evaluation set; <c>--queries dev</c>: queries-dev.tsv, the set fusion and
/// embedding settings are tuned on) with BM25 alone, vectors alone and hybrid (weighted RRF), on one core,
/// sequentially. Reports recall@1 and recall@3 per mode, per-query latency (p50, p99) per mode, and checks that no
/// withdrawn, draft or expired record was returned. <c>--sweep</c> (dev queries only) prints hybrid recall for a grid
/// of fusion settings.
/// </summary>
internal static class KnowledgeBenchmark
{
    public static int Run(string[] args)
    {
        var records = Option(args, "--records", 100_000);
        var repeat = Option(args, "--repeat", 5);
        var seed = Option(args, "--seed", 20261204);
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            // One core, as the target says: queries and any runtime work share it.
            Process.GetCurrentProcess().ProcessorAffinity = 1;
        }

        var root = RepositoryRoot.Find();
        var dev = args.Contains("--queries") && Array.IndexOf(args, "--queries") + 1 < args.Length && args[Array.IndexOf(args, "--queries") + 1] == "dev";
        var queries = LabelledQuery.Load(Path.Combine(root, "tests", "corpora", "knowledge", dev ? "queries-dev.tsv" : "queries.tsv"));
        var set = new DeclarationLoader().Load(Path.Combine(root, "examples"));
        var tokenizer = new ChineseTokenizer();
        using var index = KnowledgeIndex.CreateInMemory(tokenizer);

        var build = Stopwatch.StartNew();
        var gold = KnowledgeRecords.FromClaims(set.Resources.Select(d => d.Resource).OfType<ClaimLibrary>())
            .Concat(set.Knowledge.Sources.SelectMany(s => KnowledgeRecords.FromPassages(s.Passages, s.Source.Spec.Product, s.Source.Spec.Expires)))
            .ToList();
        index.Add([.. gold, .. DistractorCorpus.Forbidden(), .. DistractorCorpus.Generate(records - gold.Count - 5, seed)]);
        Console.WriteLine($"indexed {index.Count:N0} records ({gold.Count} from examples/) in {build.Elapsed.TotalSeconds:0.0} s; {queries.Count} labelled queries; machine load {LoadAverage()}");

        var today = new DateOnly(2026, 12, 4);
        if (args.Contains("--sweep"))
        {
            return dev ? FusionSweep.Run(index, queries, today) : Refuse();
        }

        var forbidden = 0;
        Console.WriteLine();
        Console.WriteLine("mode      recall@1  recall@3   p50 ms   p99 ms");
        foreach (var mode in new[] { RetrievalMode.Keyword, RetrievalMode.Vector, RetrievalMode.Hybrid })
        {
            var (at1, at3) = (0, 0);
            foreach (var query in queries)
            {
                var hits = index.Search(query.Query, 3, new KnowledgeFilter(today, query.Kind), mode);
                forbidden += hits.Count(h => h.Record.Status != "approved" || h.Record.ExpiresOn < KnowledgeRecord.DayNumber(today));
                var rank = RankOf(hits, query);
                at1 += rank == 0 ? 1 : 0;
                at3 += rank is >= 0 and < 3 ? 1 : 0;
            }

            var latencies = Measure(index, queries, today, mode, repeat);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{mode,-8}  {100.0 * at1 / queries.Count,7:0.0}%  {100.0 * at3 / queries.Count,7:0.0}%  {Percentile(latencies, 0.50),7:0.00}  {Percentile(latencies, 0.99),7:0.00}"));
        }

        Console.WriteLine();
        Console.WriteLine($"withdrawn, draft or expired records returned: {forbidden}");
        return forbidden == 0 ? 0 : 1;
    }

    private static int Refuse()
    {
        Console.Error.WriteLine("--sweep tunes on the development queries only: add --queries dev");
        return 2;
    }

    /// <summary>The rank (0-based) of the first accepted hit, or -1.</summary>
    public static int RankOf(IReadOnlyList<RetrievalHit> hits, LabelledQuery query) =>
        hits.Select((h, i) => (h, i)).FirstOrDefault(x => query.Accepts(x.h.Record), (null!, -1)).Item2;

    private static List<double> Measure(KnowledgeIndex index, IReadOnlyList<LabelledQuery> queries, DateOnly today, RetrievalMode mode, int repeat)
    {
        foreach (var query in queries)
        {
            index.Search(query.Query, 5, new KnowledgeFilter(today, query.Kind), mode);
        }

        var latencies = new List<double>();
        for (var r = 0; r < repeat; r++)
        {
            foreach (var query in queries)
            {
                var watch = Stopwatch.StartNew();
                index.Search(query.Query, 5, new KnowledgeFilter(today, query.Kind), mode);
                latencies.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return latencies;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] + " (1-min load average)" : "unknown";

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
