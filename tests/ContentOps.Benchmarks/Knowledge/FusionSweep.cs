using System.Globalization;
using ContentOps.Core.Knowledge.Retrieval;
using ContentOps.Core.Knowledge.Stores;

namespace ContentOps.Benchmarks.Knowledge;

/// <summary>Hybrid recall on the development queries for a grid of fusion settings (how the defaults were chosen).</summary>
internal static class FusionSweep
{
    public static int Run(KnowledgeIndex index, IReadOnlyList<LabelledQuery> queries, DateOnly today)
    {
        foreach (var mode in new[] { RetrievalMode.Keyword, RetrievalMode.Vector })
        {
            var (a1, a3) = Recall(index, queries, today, mode);
            Console.WriteLine($"{mode,-8} r@1 {a1,5:0.0}%  r@3 {a3,5:0.0}%");
        }

        if (Environment.GetEnvironmentVariable("CONTENTOPS_SWEEP_VERBOSE") == "1")
        {
            foreach (var query in queries)
            {
                var ranks = new[] { RetrievalMode.Keyword, RetrievalMode.Vector, RetrievalMode.Hybrid }
                    .Select(m => index.Search(query.Query, 10, new KnowledgeFilter(today, query.Kind), m)).ToList();
                Console.WriteLine($"{string.Join(" ", ranks.Select(h => KnowledgeBenchmark.RankOf(h, query).ToString(CultureInfo.InvariantCulture).PadLeft(2)))}  {query.Query}");
                Console.WriteLine($"      kw1: {Short(ranks[0])}\n      vec1: {Short(ranks[1])}");
            }
        }

        if (Environment.GetEnvironmentVariable("CONTENTOPS_SWEEP_TIMING") == "1")
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            for (var r = 0; r < 5; r++)
            {
                foreach (var query in queries)
                {
                    index.Embedder.EmbedSparse(query.Query);
                }
            }

            Console.WriteLine($"embed query: {watch.Elapsed.TotalMilliseconds / (5 * queries.Count):0.000} ms");
            watch.Restart();
            for (var r = 0; r < 5; r++)
            {
                foreach (var query in queries)
                {
                    index.Search(query.Query, 0, new KnowledgeFilter(today, query.Kind), RetrievalMode.Keyword);
                }
            }

            Console.WriteLine($"analyse query (top 0): {watch.Elapsed.TotalMilliseconds / (5 * queries.Count):0.000} ms");
            return 0;
        }

        Console.WriteLine("kw  vec   k  cand   r@1    r@3");
        foreach (var share in new[] { 0.05f, 0.1f, 0.2f, 0.4f })
        {
            foreach (var (method, vectorWeight, k) in new[] { (FusionMethod.Rank, 0.25, 20), (FusionMethod.Rank, 0.5, 60), (FusionMethod.Rank, 0.5, 5), (FusionMethod.Score, 0.5, 0) })
            {
                foreach (var candidates in new[] { 50, 200 })
                {
                    index.Fusion = new FusionOptions(method, 1.0, vectorWeight, k, candidates, share);
                    var watch = System.Diagnostics.Stopwatch.StartNew();
                    var (a1, a3) = Recall(index, queries, today, RetrievalMode.Hybrid);
                    var ms = watch.Elapsed.TotalMilliseconds / queries.Count;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{method,-5} {share,4:0.00} {vectorWeight,4:0.00} {k,3} {candidates,4}  {a1,5:0.0}% {a3,5:0.0}%  mean {ms:0.00} ms"));
                }
            }
        }

        index.Fusion = FusionOptions.Default;
        return 0;
    }

    private static string Short(IReadOnlyList<RetrievalHit> hits) =>
        hits.Count == 0 ? "-" : hits[0].Record.Id + " " + hits[0].Record.Text[..Math.Min(50, hits[0].Record.Text.Length)];

    private static (double At1, double At3) Recall(KnowledgeIndex index, IReadOnlyList<LabelledQuery> queries, DateOnly today, RetrievalMode mode)
    {
        var (at1, at3) = (0, 0);
        foreach (var query in queries)
        {
            var rank = KnowledgeBenchmark.RankOf(index.Search(query.Query, 3, new KnowledgeFilter(today, query.Kind), mode), query);
            at1 += rank == 0 ? 1 : 0;
            at3 += rank is >= 0 and < 3 ? 1 : 0;
        }

        return (100.0 * at1 / queries.Count, 100.0 * at3 / queries.Count);
    }
}
