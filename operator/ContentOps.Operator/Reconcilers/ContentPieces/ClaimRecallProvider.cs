using System.Security.Cryptography;
using System.Text;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Knowledge.Embeddings;
using ContentOps.Core.Knowledge.Recall;
using ContentOps.Core.Knowledge.Retrieval;
using ContentOps.Core.Knowledge.Text;
using ContentOps.Operator.Knowledge;

namespace ContentOps.Operator.Reconcilers.ContentPieces;

/// <summary>
/// Recalls approved claims that fit a brief (generation.recallClaims) through the knowledge recall, with one index per
/// set of claim libraries, built on first use: pieces that ask for no recall cost nothing. With a folder (the state
/// folder's <c>knowledge/recall</c>), each index is saved there (vectors and idf, under a digest of the libraries'
/// content) and reopened by later runs instead of embedded again. With Qdrant selected (<see cref="VectorStoreSelection"/>,
/// from the environment at start), each index's vectors are written to a Qdrant collection of its own
/// (<c>collection-digest</c>) and its vector list is answered there.
/// </summary>
internal sealed class ClaimRecallProvider(TimeProvider time, string? folder = null, VectorStoreSelection? vectors = null)
{
    private readonly HashSet<string> _attached = new(StringComparer.Ordinal);
    private readonly List<IDisposable> _clients = [];

    private readonly Lazy<ChineseTokenizer> _tokenizer = new(() => new ChineseTokenizer());
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (IClaimRecall Recall, KnowledgeIndex? Index)> _recalls = [];

    /// <summary>Up to <paramref name="count"/> approved claims fitting <paramref name="brief"/> that <paramref name="have"/> does not hold, best first, with why.</summary>
    public async Task<IReadOnlyList<RecalledClaim>> RecallAsync(
        IReadOnlyList<ClaimLibrary> libraries, string brief, string product, IReadOnlyCollection<string> have, int count, CancellationToken cancellationToken)
    {
        if (count <= 0 || libraries.Count == 0)
        {
            return [];
        }

        var (recall, index, key) = For(libraries);
        if (vectors is { IsQdrant: true } selection && index is not null && Attach(key))
        {
            var client = await (selection with { Collection = $"{selection.Collection}-{Digest(key)}" }).AttachAsync(index, cancellationToken);
            lock (_lock)
            {
                _clients.Add(client!);
            }
        }

        var recalled = await recall.RecallAsync(brief, product, have.Count + count, cancellationToken);
        return [.. recalled.Where(c => !have.Contains(c.ClaimId)).DistinctBy(c => c.ClaimId).Take(count)];
    }

    private const string IndexFormat = HashedNgramEmbeddingGenerator.ModelId + "/indexed-text-v1";

    private bool Attach(string key)
    {
        lock (_lock)
        {
            return _attached.Add(key);
        }
    }

    private static string Digest(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    private (HybridClaimRecall Recall, KnowledgeIndex Index) Persisted(IReadOnlyList<ClaimLibrary> libraries)
    {
        // Addressed by the claims' content (not resource versions), so an unchanged library reopens across runs, and by
        // how records are indexed (embedding model, context indexing), so an index saved by an older build is not reused.
        var content = IndexFormat + "\n" + string.Join("\n", KnowledgeRecords.FromClaims(libraries).Select(r => $"{r.Id}\t{r.Status}\t{r.ExpiresOn}\t{r.Product}\t{r.Category}\t{r.Text}"));
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..16];
        var path = Path.Combine(folder!, digest);
        if (KnowledgeIndex.Open(path, _tokenizer.Value) is { } saved)
        {
            return (new HybridClaimRecall(saved, time), saved);
        }

        var index = KnowledgeIndex.CreateInMemory(_tokenizer.Value);
        index.Add(KnowledgeRecords.FromClaims(libraries));
        index.Save(path);
        return (new HybridClaimRecall(index, time), index);
    }

    private (IClaimRecall Recall, KnowledgeIndex? Index, string Key) For(IReadOnlyList<ClaimLibrary> libraries)
    {
        // Libraries are immutable once loaded (stores replace, never mutate, resources): uid, generation and
        // resource version identify their content.
        var key = string.Join("|", libraries.Select(l => $"{l.Metadata.EffectiveNamespace}/{l.Metadata.Name}@{l.Metadata.Generation}/{l.Metadata.ResourceVersion}"));
        lock (_lock)
        {
            if (!_recalls.TryGetValue(key, out var entry))
            {
                _recalls[key] = entry = folder is null ? InMemory(libraries) : Persisted(libraries);
            }

            return (entry.Recall, entry.Index, key);
        }
    }

    private (HybridClaimRecall Recall, KnowledgeIndex Index) InMemory(IReadOnlyList<ClaimLibrary> libraries)
    {
        var index = KnowledgeIndex.CreateInMemory(_tokenizer.Value);
        index.Add(KnowledgeRecords.FromClaims(libraries));
        return (new HybridClaimRecall(index, time), index);
    }
}
