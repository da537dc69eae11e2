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

        Console.WriteLine("method  vecW kwK vecK cand depth   r@1    r@3");
        foreach (var boost in new[] { 0.01, 0.03, 0.05, 0.1, 0.2, 1.0 })
        {
            foreach (var depth in new[] { 5, 10, 20, 50 })
            {
                Console.Write($"concept boost {boost} depth {depth}: ");
                Report(index, queries, today, FusionOptions.Default with { ConceptBoost = boost, RerankDepth = depth });
            }
        }

        foreach (var share in new[] { 0.05f, 0.5f, 1.0f })
        {
            Console.Write($"common-term share {share}: ");
            Report(index, queries, today, FusionOptions.Default with { CommonTermShare = share });
        }

        foreach (var candidates in new[] { 20, 100, 200 })
        {
            Console.Write($"candidates {candidates}: ");
            Report(index, queries, today, FusionOptions.Default with { Candidates = candidates, VectorDepth = candidates });
        }

        foreach (var vectorWeight in new[] { 0.15, 0.25, 0.35, 0.5, 1.0 })
        {
            foreach (var (k, vectorK) in new[] { (20, 20), (20, 3), (20, 5), (20, 8), (30, 5), (60, 60) })
            {
                foreach (var depth in new[] { 10, 20, 50 })
                {
                    Report(index, queries, today, new FusionOptions(FusionMethod.Rank, 1.0, vectorWeight, k, 50, 0.2f, vectorK, depth));
                }
            }

            foreach (var depth in new[] { 10, 50 })
            {
                Report(index, queries, today, new FusionOptions(FusionMethod.Score, 1.0, vectorWeight, 20, 50, 0.2f, 20, depth));
            }
        }

        index.Fusion = FusionOptions.Default;
        return 0;
    }

    private static void Report(KnowledgeIndex index, IReadOnlyList<LabelledQuery> queries, DateOnly today, FusionOptions fusion)
    {
        index.Fusion = fusion;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (a1, a3) = Recall(index, queries, today, RetrievalMode.Hybrid);
        var ms = watch.Elapsed.TotalMilliseconds / queries.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{fusion.Method,-6} {fusion.VectorWeight,4:0.00} {fusion.RrfK,3} {fusion.VectorRrfK,4} {fusion.Candidates,4} {fusion.VectorDepth,5}  {a1,5:0.0}% {a3,5:0.0}%  mean {ms:0.00} ms"));
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
