using ContentOps.Core.Knowledge.Embeddings;
using ContentOps.Core.Knowledge.Keyword;
using ContentOps.Core.Knowledge.Stores;
using ContentOps.Core.Knowledge.Text;

namespace ContentOps.Core.Knowledge.Retrieval;

/// <summary>
/// Claims and passages indexed twice, by BM25 keywords and by embedding, answered by either or both fused with
/// weighted reciprocal rank fusion (<see cref="FusionOptions"/>): a record ranked well by both lists beats one ranked
/// first by only one. The embedding's idf is fitted on the first records added. The filter applies inside each
/// list, so nothing withdrawn, draft or expired is ever returned.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    private readonly Bm25Index _keywords;
    private readonly EmbeddedVectorCollection _vectors;
    private HashedNgramEmbeddingGenerator _embedder;
    private Microsoft.Extensions.VectorData.VectorStoreCollection<string, KnowledgeRecord>? _external;

    /// <summary>An index over the given stores; <paramref name="embedder"/> is fitted on the first records added when it has no idf yet.</summary>
    public KnowledgeIndex(HashedNgramEmbeddingGenerator embedder, Bm25Index keywords, EmbeddedVectorCollection vectors, FusionOptions? fusion = null)
    {
        (_embedder, _keywords, _vectors) = (embedder, keywords, vectors);
        Fusion = fusion ?? FusionOptions.Default;
    }

    /// <summary>An in-memory index with the embedded embedding.</summary>
    public static KnowledgeIndex CreateInMemory(ChineseTokenizer tokenizer, FusionOptions? fusion = null)
    {
        var embedder = new HashedNgramEmbeddingGenerator(tokenizer, HashedNgramEmbeddingGenerator.RetrievalDimensions, lengthExponent: HashedNgramEmbeddingGenerator.RetrievalLengthExponent, lexicon: MedicalLexicon.BuiltIn);
        return new KnowledgeIndex(embedder, new Bm25Index(), new EmbeddedVectorCollection("knowledge", embedder.Dimensions, embedder), fusion);
    }

    /// <summary>How hybrid results are fused (settable so a benchmark can compare settings on one index).</summary>
    public FusionOptions Fusion { get; set; }

    /// <summary>Records held.</summary>
    public int Count => _vectors.Count;

    /// <summary>The embedding used for queries and records.</summary>
    public HashedNgramEmbeddingGenerator Embedder => _embedder;

    /// <summary>The vector store.</summary>
    public EmbeddedVectorCollection Vectors => _vectors;

    /// <summary>Embeds (when the record has no vector) and indexes records; replaces records with the same id.</summary>
    public void Add(IEnumerable<KnowledgeRecord> records)
    {
        var list = records.ToList();
        var toEmbed = list.Where(r => r.Vector.Length == 0).ToList();
        var features = toEmbed.Select(r => _embedder.Features(KnowledgeRecords.IndexedText(r))).ToList();
        if (_embedder.Frequencies is null && features.Count > 0)
        {
            _embedder = _embedder.With(DocumentFrequencies.Count(_embedder.Dimensions, features.Select(f => f.Keys)));
        }

        for (var i = 0; i < toEmbed.Count; i++)
        {
            _vectors.Upsert(toEmbed[i], _embedder.Weigh(features[i]));
        }

        foreach (var record in list.Where(r => r.Vector.Length != 0))
        {
            _vectors.Upsert(record);
        }

        _keywords.Upsert(list);
        _keywords.Commit();
    }

    /// <summary>The best <paramref name="top"/> records for the query that pass the filter.</summary>
    /// <remarks>
    /// Hybrid search prunes before it fuses: the candidates are the embedding's best and the records a rare query term
    /// matches (<see cref="Bm25Index.Candidates"/>); only those are scored exactly by BM25, and the two rankings of the
    /// candidates are fused. So a query never scores the common terms over the whole index.
    /// </remarks>
    public IReadOnlyList<RetrievalHit> Search(string query, int top, KnowledgeFilter filter, RetrievalMode mode = RetrievalMode.Hybrid)
    {
        var fusion = Fusion;
        var depth = mode == RetrievalMode.Hybrid ? Math.Max(fusion.Candidates, top * 5) : top;
        var terms = mode == RetrievalMode.Vector ? [] : _keywords.Terms(query).Distinct(StringComparer.Ordinal).ToList();
        var vector = mode == RetrievalMode.Keyword ? [] : VectorSearch(_embedder.EmbedSparse(query), depth, filter);
        var keyword = mode switch
        {
            RetrievalMode.Vector => [],
            RetrievalMode.Keyword => _keywords.Search(terms, depth, filter),
            _ => _keywords.Score(terms, [.. _keywords.Candidates(terms, depth, filter, fusion.CommonTermShare).Select(h => h.Record), .. vector.Select(h => h.Record)]),
        };
        var fused = new Dictionary<string, (KnowledgeRecord Record, double Score, int? Keyword, int? Vector)>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(keyword.Count, depth); i++)
        {
            var record = keyword[i].Record;
            fused[record.Id] = (record, mode == RetrievalMode.Keyword ? keyword[i].Score : fusion.Contribution(true, i + 1, keyword[i].Score, keyword[0].Score), i + 1, null);
        }

        for (var i = 0; i < vector.Count; i++)
        {
            var record = vector[i].Record;
            var score = mode == RetrievalMode.Vector ? vector[i].Score : i < fusion.VectorDepth ? fusion.Contribution(false, i + 1, vector[i].Score, vector[0].Score) : 0;
            fused[record.Id] = fused.TryGetValue(record.Id, out var seen) ? (record, seen.Score + score, seen.Keyword, i + 1) : (record, score, null, i + 1);
        }

        var ordered = fused.Values.OrderByDescending(f => f.Score).ThenBy(f => f.Record.Id, StringComparer.Ordinal).ToList();
        var covered = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (mode == RetrievalMode.Hybrid && fusion.ConceptBoost > 0 && _embedder.Lexicon is { } lexicon && lexicon.Find(query) is { Count: > 0 } asked)
        {
            // Both lists reward wording; this rewards covering what the query asks about, in any wording.
            var head = ordered.Take(fusion.RerankDepth).Select(f =>
            {
                var mentioned = lexicon.Find(KnowledgeRecords.IndexedText(f.Record));
                var shared = asked.Where(mentioned.Contains).ToList();
                covered[f.Record.Id] = [.. shared.Select(lexicon.Name)];
                return f with { Score = f.Score + (fusion.ConceptBoost * shared.Count / asked.Count) };
            }).ToList();
            ordered = [.. head.OrderByDescending(f => f.Score).ThenBy(f => f.Record.Id, StringComparer.Ordinal), .. ordered.Skip(fusion.RerankDepth)];
        }

        return
        [
            .. ordered.Take(top)
                .Select(f => new RetrievalHit(f.Record, f.Score, f.Keyword, f.Vector,
                    f.Keyword is null ? [] : MatchedSpans.Of(query, terms, f.Record.Text),
                    covered.GetValueOrDefault(f.Record.Id))),
        ];
    }

    /// <summary>
    /// Keeps the vector side in <paramref name="store"/> (e.g. Qdrant) from now on: recreates its collection so it holds
    /// exactly this index's records (a claim deleted from the declarations is gone there too), writes every record
    /// with its vector, and answers the vector list of later searches there, with the same filter applied by the
    /// store. The keyword list stays in process.
    /// </summary>
    public async Task UseVectorStoreAsync(Microsoft.Extensions.VectorData.VectorStoreCollection<string, KnowledgeRecord> store, CancellationToken cancellationToken = default)
    {
        if (await store.CollectionExistsAsync(cancellationToken))
        {
            await store.EnsureCollectionDeletedAsync(cancellationToken);
        }

        await store.EnsureCollectionExistsAsync(cancellationToken);
        var records = _vectors.Records.Select(r => new KnowledgeRecord
        {
            Id = r.Id,
            Kind = r.Kind,
            Product = r.Product,
            Category = r.Category,
            Status = r.Status,
            ExpiresOn = r.ExpiresOn,
            Source = r.Source,
            Location = r.Location,
            Text = r.Text,
            Vector = r.Vector.Length == _embedder.Dimensions ? r.Vector : _embedder.EmbedSparse(KnowledgeRecords.IndexedText(r)).ToDense(_embedder.Dimensions),
        }).ToList();
        await store.UpsertAsync(records, cancellationToken);
        _external = store;
    }

    /// <summary>Where vector search runs: the store given to <see cref="UseVectorStoreAsync"/>, or the embedded one.</summary>
    public string VectorStoreName => _external?.GetType().Name ?? nameof(EmbeddedVectorCollection);

    private IReadOnlyList<(KnowledgeRecord Record, double Score)> VectorSearch(SparseVector query, int top, KnowledgeFilter filter)
    {
        if (_external is null)
        {
            return _vectors.Search(query, top, filter);
        }

        // Search is synchronous for the in-process stores; a remote store is awaited here (no synchronisation context).
        return Task.Run(async () =>
        {
            var hits = new List<(KnowledgeRecord, double)>();
            await foreach (var hit in _external.SearchAsync(query.ToDense(_embedder.Dimensions), top, new Microsoft.Extensions.VectorData.VectorSearchOptions<KnowledgeRecord> { Filter = filter.ToExpression() }))
            {
                hits.Add((hit.Record, hit.Score ?? 0));
            }

            return hits;
        }).GetAwaiter().GetResult();
    }

    /// <summary>Writes the vectors to the state folder (the keyword index lives there already when opened on a folder).</summary>
    public void SaveVectors(string path) => _vectors.Save(path);

    /// <summary>
    /// Saves the index to <paramref name="folder"/> (the state folder's knowledge index): the records with their vectors
    /// and the embedding's idf. The keyword index is rebuilt from the records on <see cref="Open"/>.
    /// </summary>
    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        _vectors.Save(Path.Combine(folder, VectorsFile));
        var idf = Path.Combine(folder, IdfFile);
        if (_embedder.Frequencies is { } frequencies)
        {
            using (var writer = new BinaryWriter(File.Create(idf + ".tmp")))
            {
                frequencies.Write(writer);
            }

            File.Move(idf + ".tmp", idf, overwrite: true);
        }
    }

    /// <summary>An index <see cref="Save"/> wrote, or null when the folder holds none (or one of another format).</summary>
    public static KnowledgeIndex? Open(string folder, ChineseTokenizer tokenizer, FusionOptions? fusion = null)
    {
        var idfPath = Path.Combine(folder, IdfFile);
        var vectors = EmbeddedVectorCollection.Load(Path.Combine(folder, VectorsFile), "knowledge", HashedNgramEmbeddingGenerator.RetrievalDimensions);
        if (vectors is null || !File.Exists(idfPath))
        {
            return null;
        }

        DocumentFrequencies frequencies;
        using (var reader = new BinaryReader(File.OpenRead(idfPath)))
        {
            frequencies = DocumentFrequencies.Read(reader);
        }

        if (frequencies.Dimensions != vectors.Dimensions)
        {
            return null;
        }

        var embedder = new HashedNgramEmbeddingGenerator(tokenizer, vectors.Dimensions, frequencies, HashedNgramEmbeddingGenerator.RetrievalLengthExponent, MedicalLexicon.BuiltIn);
        var keywords = new Bm25Index();
        keywords.Upsert(vectors.Records);
        keywords.Commit();
        return new KnowledgeIndex(embedder, keywords, vectors, fusion);
    }

    private const string VectorsFile = "vectors.bin";
    private const string IdfFile = "idf.bin";

    /// <inheritdoc />
    public void Dispose() => _keywords.Dispose();
}
