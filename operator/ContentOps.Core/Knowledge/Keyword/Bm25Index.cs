using System.Collections.Concurrent;
using ContentOps.Core.Knowledge.Retrieval;
using ContentOps.Core.Knowledge.Stores;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ContentOps.Core.Knowledge.Keyword;

/// <summary>
/// BM25 keyword search with Lucene.Net and its SmartCn analyzer (Chinese words, English stems). The same similarity
/// is set on the writer and the searcher (Lucene 4.8 defaults to TF-IDF). Filters (status, expiry, kind, product,
/// category) are applied inside the search, so withdrawn, draft and expired records are never scored.
/// </summary>
public sealed class Bm25Index : IDisposable
{
    /// <summary>Default share of the documents above which a term counts as common (see <see cref="Candidates"/>).</summary>
    public const float CommonTermShare = 0.2f;

    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly LuceneDirectory _directory;
    private readonly Analyzer _analyzer = new SmartChineseAnalyzer(Version);
    private readonly IndexWriter _writer;
    private readonly Dictionary<string, KnowledgeRecord> _records = new(StringComparer.Ordinal);
    private DirectoryReader? _reader;
    private KnowledgeRecord?[] _byDoc = [];
    private readonly Dictionary<string, int> _docOf = new(StringComparer.Ordinal);
    private IndexSearcher? _searcher;
    private ConcurrentDictionary<KnowledgeFilter, Filter> _filters = new();

    /// <summary>An index in memory, or in <paramref name="folder"/> (the state folder) when given.</summary>
    public Bm25Index(string? folder = null)
    {
        _directory = folder is null ? new RAMDirectory() : FSDirectory.Open(folder);
        _writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
        });
    }

    /// <summary>Adds or replaces records (by id); call <see cref="Commit"/> before searching.</summary>
    public void Upsert(IEnumerable<KnowledgeRecord> records)
    {
        foreach (var record in records)
        {
            _records[record.Id] = record;
            _writer.UpdateDocument(new Term("id", record.Id), new Document
            {
                new StringField("id", record.Id, Field.Store.YES),
                new TextField("text", KnowledgeRecords.IndexedText(record), Field.Store.NO),
                new StringField("kind", record.Kind, Field.Store.NO),
                new StringField("product", record.Product, Field.Store.NO),
                new StringField("category", record.Category, Field.Store.NO),
                new StringField("status", record.Status, Field.Store.NO),
                new Int32Field("expiresOn", record.ExpiresOn, Field.Store.NO),
            });
        }
    }

    /// <summary>Makes the upserts searchable (and durable when the index lives in a folder).</summary>
    public void Commit()
    {
        _writer.Commit();
        _reader?.Dispose();
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _filters = new();
        // Resolve every document's record once, so a search reads no stored fields.
        var liveDocs = MultiFields.GetLiveDocs(_reader);
        _byDoc = new KnowledgeRecord?[_reader.MaxDoc];
        _docOf.Clear();
        var idOnly = new HashSet<string> { "id" };
        for (var doc = 0; doc < _reader.MaxDoc; doc++)
        {
            if (liveDocs is null || liveDocs.Get(doc))
            {
                _byDoc[doc] = _records[_reader.Document(doc, idOnly).Get("id")];
                _docOf[_byDoc[doc]!.Id] = doc;
            }
        }
    }

    /// <summary>The words the analyzer makes of <paramref name="text"/> (what is matched).</summary>
    public IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <summary>The best <paramref name="top"/> records for <paramref name="query"/> among those the filter allows, best first.</summary>
    public IReadOnlyList<(KnowledgeRecord Record, double Score)> Search(string query, int top, KnowledgeFilter filter) =>
        Search(Terms(query).Distinct(StringComparer.Ordinal).ToList(), top, filter);

    /// <summary>The best <paramref name="top"/> records for the analysed <paramref name="terms"/> among those the filter allows, best first.</summary>
    public IReadOnlyList<(KnowledgeRecord Record, double Score)> Search(IReadOnlyList<string> terms, int top, KnowledgeFilter filter) =>
        Run(terms, top, filter, t =>
        {
            var match = new BooleanQuery();
            foreach (var term in t)
            {
                match.Add(new TermQuery(new Term("text", term)), Occur.SHOULD);
            }

            return match;
        });

    /// <summary>
    /// Candidates for hybrid search, fast: terms in more than <see cref="CommonTermShare"/> of the documents (患者, 治疗,
    /// 2型糖尿病) only score documents a rarer term matched (Lucene's CommonTermsQuery), so a query does not visit most
    /// of the index. Scores differ from <see cref="Search(IReadOnlyList{string}, int, KnowledgeFilter)"/>; rank the
    /// candidates with <see cref="Score"/>.
    /// </summary>
    public IReadOnlyList<(KnowledgeRecord Record, double Score)> Candidates(IReadOnlyList<string> terms, int top, KnowledgeFilter filter, float commonTermShare = CommonTermShare) =>
        Run(terms, top, filter, t =>
        {
            var match = new CommonTermsQuery(Occur.SHOULD, Occur.SHOULD, commonTermShare);
            foreach (var term in t)
            {
                match.Add(new Term("text", term));
            }

            return match;
        });

    /// <summary>
    /// The exact BM25 score of each of <paramref name="records"/> that matches a term, best first: the order
    /// <see cref="Search(IReadOnlyList{string}, int, KnowledgeFilter)"/> would give them, computed only for them.
    /// </summary>
    public IReadOnlyList<(KnowledgeRecord Record, double Score)> Score(IReadOnlyList<string> terms, IEnumerable<KnowledgeRecord> records)
    {
        if (_searcher is null)
        {
            Commit();
        }

        var docs = records.Select(r => _docOf.TryGetValue(r.Id, out var doc) ? doc : -1).Where(d => d >= 0).Distinct().Order().ToArray();
        if (terms.Count == 0 || docs.Length == 0)
        {
            return [];
        }

        var match = new BooleanQuery();
        foreach (var term in terms)
        {
            match.Add(new TermQuery(new Term("text", term)), Occur.SHOULD);
        }

        // Filter first: the postings are advanced to the few candidates instead of scored over the whole index.
        var query = new FilteredQuery(match, new DocSetFilter(docs), FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY);
        return [.. _searcher!.Search(query, docs.Length).ScoreDocs.Select(h => (_byDoc[h.Doc]!, (double)h.Score))];
    }

    private List<(KnowledgeRecord Record, double Score)> Run(IReadOnlyList<string> terms, int top, KnowledgeFilter filter, Func<IReadOnlyList<string>, Query> build)
    {
        if (_searcher is null)
        {
            Commit();
        }

        if (terms.Count == 0 || top <= 0)
        {
            return [];
        }

        // The filter's document set is computed once per filter and reader (a day's expiry, kind, product), not per query.
        var cached = _filters.GetOrAdd(filter, f => new CachingWrapperFilter(ToLuceneFilter(f)));
        return [.. _searcher!.Search(build(terms), cached, top).ScoreDocs.Select(h => (_byDoc[h.Doc]!, (double)h.Score))];
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader?.Dispose();
        _writer.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    // Lucene 4.8 has no FILTER clause: the conditions go into a QueryWrapperFilter (cached per segment).
    private static QueryWrapperFilter ToLuceneFilter(KnowledgeFilter filter)
    {
        var must = new BooleanQuery
        {
            { new TermQuery(new Term("status", "approved")), Occur.MUST },
            { NumericRangeQuery.NewInt32Range("expiresOn", KnowledgeRecord.DayNumber(filter.UsableOn), null, true, true), Occur.MUST },
        };
        if (filter.Kind is { } kind)
        {
            must.Add(new TermQuery(new Term("kind", kind)), Occur.MUST);
        }

        if (filter.Product is { Length: > 0 } product)
        {
            must.Add(new TermQuery(new Term("product", product)), Occur.MUST);
        }

        if (filter.Category is { Length: > 0 } category)
        {
            must.Add(new TermQuery(new Term("category", category)), Occur.MUST);
        }

        return new QueryWrapperFilter(must);
    }
}
