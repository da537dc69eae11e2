using ContentOps.Core.Knowledge.Embeddings;
using ContentOps.Core.Knowledge.Keyword;
using ContentOps.Core.Knowledge.Stores;
using ContentOps.Core.Knowledge.Text;

namespace ContentOps.Core.Knowledge.Retrieval;

/// <summary>
/// Claims and passages indexed twice, by BM25 keywords and by embedding, answered by either or both fused with
/// reciprocal rank fusion (RRF, k = 60): a record ranked well by both lists beats one ranked first by only one.
/// The filter applies inside each list, so nothing withdrawn, draft or expired is ever returned.
/// </summary>
public sealed class KnowledgeIndex(HashedNgramEmbeddingGenerator embedder, Bm25Index keywords, EmbeddedVectorCollection vectors) : IDisposable
{
    /// <summary>The RRF constant: dampens the weight of the first ranks (the value of the original paper).</summary>
    public const int RrfK = 60;

    /// <summary>Each list contributes this many candidates to the fusion (at least).</summary>
    public const int Candidates = 50;

    /// <summary>An in-memory index with the embedded embedding.</summary>
    public static KnowledgeIndex CreateInMemory(ChineseTokenizer tokenizer)
    {
        var embedder = new HashedNgramEmbeddingGenerator(tokenizer);
        return new KnowledgeIndex(embedder, new Bm25Index(), new EmbeddedVectorCollection("knowledge", embedder.Dimensions, embedder));
    }

    /// <summary>Records held.</summary>
    public int Count => vectors.Count;

    /// <summary>The embedding used for queries and records.</summary>
    public HashedNgramEmbeddingGenerator Embedder => embedder;

    /// <summary>Embeds (when the record has no vector) and indexes records; replaces records with the same id.</summary>
    public void Add(IEnumerable<KnowledgeRecord> records)
    {
        var list = records.ToList();
        foreach (var record in list.Where(r => r.Vector.Length == 0))
        {
            record.Vector = embedder.Embed(record.Text);
        }

        foreach (var record in list)
        {
            vectors.Upsert(record);
        }

        keywords.Upsert(list);
        keywords.Commit();
    }

    /// <summary>The best <paramref name="top"/> records for the query that pass the filter.</summary>
    public IReadOnlyList<RetrievalHit> Search(string query, int top, KnowledgeFilter filter, RetrievalMode mode = RetrievalMode.Hybrid)
    {
        var depth = mode == RetrievalMode.Hybrid ? Math.Max(Candidates, top * 5) : top;
        var keyword = mode == RetrievalMode.Vector ? [] : keywords.Search(query, depth, filter);
        var vector = mode == RetrievalMode.Keyword ? [] : vectors.Search(embedder.Embed(query), depth, filter);
        var terms = mode == RetrievalMode.Vector ? [] : keywords.Terms(query).Distinct(StringComparer.Ordinal).ToList();
        var fused = new Dictionary<string, (KnowledgeRecord Record, double Score, int? Keyword, int? Vector)>(StringComparer.Ordinal);
        for (var i = 0; i < keyword.Count; i++)
        {
            var record = keyword[i].Record;
            fused[record.Id] = (record, mode == RetrievalMode.Keyword ? keyword[i].Score : 1.0 / (RrfK + i + 1), i + 1, null);
        }

        for (var i = 0; i < vector.Count; i++)
        {
            var record = vector[i].Record;
            var score = mode == RetrievalMode.Vector ? vector[i].Score : 1.0 / (RrfK + i + 1);
            fused[record.Id] = fused.TryGetValue(record.Id, out var seen) ? (record, seen.Score + score, seen.Keyword, i + 1) : (record, score, null, i + 1);
        }

        return
        [
            .. fused.Values.OrderByDescending(f => f.Score).ThenBy(f => f.Record.Id, StringComparer.Ordinal).Take(top)
                .Select(f => new RetrievalHit(f.Record, f.Score, f.Keyword, f.Vector,
                    f.Keyword is null ? [] : [.. terms.Where(t => f.Record.Text.Contains(t, StringComparison.OrdinalIgnoreCase))])),
        ];
    }

    /// <summary>Writes the vectors to the state folder (the keyword index lives there already when opened on a folder).</summary>
    public void SaveVectors(string path) => vectors.Save(path);

    /// <inheritdoc />
    public void Dispose() => keywords.Dispose();
}
