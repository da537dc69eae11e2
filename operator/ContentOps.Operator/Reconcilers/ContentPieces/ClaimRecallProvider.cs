using ContentOps.Core.Api.Claims;
using ContentOps.Core.Knowledge.Recall;
using ContentOps.Core.Knowledge.Text;

namespace ContentOps.Operator.Reconcilers.ContentPieces;

/// <summary>
/// Recalls approved claims that fit a brief (generation.recallClaims) through the knowledge recall, with one index per
/// set of claim libraries, built on first use: pieces that ask for no recall cost nothing.
/// </summary>
internal sealed class ClaimRecallProvider(TimeProvider time)
{
    private readonly Lazy<ChineseTokenizer> _tokenizer = new(() => new ChineseTokenizer());
    private readonly Lock _lock = new();
    private readonly Dictionary<string, IClaimRecall> _recalls = [];

    /// <summary>Ids of up to <paramref name="count"/> approved claims fitting <paramref name="brief"/> that <paramref name="have"/> does not hold, best first.</summary>
    public async Task<IReadOnlyList<string>> RecallAsync(
        IReadOnlyList<ClaimLibrary> libraries, string brief, string product, IReadOnlyCollection<string> have, int count, CancellationToken cancellationToken)
    {
        if (count <= 0 || libraries.Count == 0)
        {
            return [];
        }

        var recalled = await For(libraries).RecallAsync(brief, product, have.Count + count, cancellationToken);
        return [.. recalled.Select(c => c.ClaimId).Where(id => !have.Contains(id)).Distinct().Take(count)];
    }

    private IClaimRecall For(IReadOnlyList<ClaimLibrary> libraries)
    {
        // Libraries are immutable once loaded (stores replace, never mutate, resources): uid, generation and
        // resource version identify their content.
        var key = string.Join("|", libraries.Select(l => $"{l.Metadata.EffectiveNamespace}/{l.Metadata.Name}@{l.Metadata.Generation}/{l.Metadata.ResourceVersion}"));
        lock (_lock)
        {
            if (!_recalls.TryGetValue(key, out var recall))
            {
                _recalls[key] = recall = HybridClaimRecall.Create(libraries, _tokenizer.Value, time);
            }

            return recall;
        }
    }
}
