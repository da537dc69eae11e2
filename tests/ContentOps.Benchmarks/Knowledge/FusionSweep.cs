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

        Console.WriteLine("method share  vecW kwK vecK cand   r@1    r@3");
        foreach (var (vectorWeight, k, vectorK) in new[] { (0.1, 20, 20), (0.25, 20, 20), (0.4, 20, 20), (0.25, 20, 5), (0.5, 20, 20) })
        {
            foreach (var (candidates, depth) in new[] { (50, 3), (50, 5), (50, 10), (50, 20), (50, 50) })
            {
                index.Fusion = new FusionOptions(FusionMethod.Rank, 1.0, vectorWeight, k, candidates, 0.2f, vectorK, depth);
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var (a1, a3) = Recall(index, queries, today, RetrievalMode.Hybrid);
                var ms = watch.Elapsed.TotalMilliseconds / queries.Count;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Rank   0.20  {vectorWeight,4:0.00} {k,3} {vectorK,4} {candidates,4} depth {depth,2}  {a1,5:0.0}% {a3,5:0.0}%  mean {ms:0.00} ms"));
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
