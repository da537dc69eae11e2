using ContentOps.Core.Api.Claims;
using ContentOps.Core.Knowledge.Retrieval;
using ContentOps.Core.Knowledge.Stores;
using ContentOps.Core.Knowledge.Text;

namespace ContentOps.Core.Knowledge.Recall;

/// <summary>Recall of approved, unexpired claims by hybrid (BM25 + vector, RRF) search over the claim libraries.</summary>
public sealed class HybridClaimRecall(KnowledgeIndex index, TimeProvider time) : IClaimRecall
{
    /// <summary>A recall over the claims of <paramref name="libraries"/>, indexed in memory.</summary>
    public static HybridClaimRecall Create(IEnumerable<ClaimLibrary> libraries, ChineseTokenizer tokenizer, TimeProvider time)
    {
        var index = KnowledgeIndex.CreateInMemory(tokenizer);
        index.Add(KnowledgeRecords.FromClaims(libraries));
        return new HybridClaimRecall(index, time);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RecalledClaim>> RecallAsync(string brief, string? product, int top, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var hits = index.Search(brief, top, new KnowledgeFilter(today, "claim", product));
        IReadOnlyList<RecalledClaim> claims =
            [.. hits.Select(h => new RecalledClaim(h.Record.Id, h.Record.Source, h.Record.Text, h.Record.Category, h.Score, h.Why))];
        return Task.FromResult(claims);
    }
}
