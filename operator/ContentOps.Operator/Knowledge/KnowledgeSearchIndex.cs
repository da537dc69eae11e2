using System.Security.Cryptography;
using System.Text;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Knowledge.Embeddings;
using ContentOps.Core.Knowledge.Retrieval;
using ContentOps.Core.Knowledge.Stores;
using ContentOps.Core.Knowledge.Text;

namespace ContentOps.Operator.Knowledge;

/// <summary>The claims and source passages of a set of declarations, indexed for hybrid search (search, plan, generation).</summary>
internal static class KnowledgeSearchIndex
{
    /// <summary>How records are indexed; part of the cache address, so an index saved by another build is not reused.</summary>
    private const string IndexFormat = HashedNgramEmbeddingGenerator.ModelId + "/indexed-text-v1";

    /// <param name="libraries">The claim libraries.</param>
    /// <param name="knowledge">The ingested sources.</param>
    /// <param name="tokenizer">jieba.</param>
    /// <param name="cacheFolder">
    /// Where indexes are saved by a digest of their records (the state folder's <c>knowledge/search</c>); an index with
    /// the same records is reopened instead of embedded again. Null: in memory only.
    /// </param>
    public static KnowledgeIndex Build(IEnumerable<ClaimLibrary> libraries, KnowledgeBase knowledge, ChineseTokenizer tokenizer, string? cacheFolder = null)
    {
        List<KnowledgeRecord> records =
        [
            .. KnowledgeRecords.FromClaims(libraries),
            .. knowledge.Sources.SelectMany(s => KnowledgeRecords.FromPassages(s.Passages, s.Source.Spec.Product, s.Source.Spec.Expires, CategoryOf())),
        ];
        var path = cacheFolder is null ? null : Path.Combine(cacheFolder, Digest(records));
        if (path is not null && KnowledgeIndex.Open(path, tokenizer) is { } saved)
        {
            return saved;
        }

        var index = KnowledgeIndex.CreateInMemory(tokenizer);
        index.Add(records);
        if (path is not null)
        {
            try
            {
                index.Save(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A read-only state folder only costs the next search the embedding.
            }
        }

        return index;
    }

    private static string Digest(IEnumerable<KnowledgeRecord> records)
    {
        var content = IndexFormat + "\n" + string.Join("\n", records.Select(r => string.Join("\t", r.Id, r.Kind, r.Product, r.Category, r.Status, r.ExpiresOn, r.Source, r.Location, r.Text)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..16];
    }

    private static Func<Core.Knowledge.Ingestion.Passage, string?> CategoryOf()
    {
        var classifier = KnowledgeClassifiers.Default;
        return passage => classifier.Classify(passage.Text).FirstOrDefault(c => c.Dimension == PassageClasses.ReportedDimension)?.Class;
    }
}
