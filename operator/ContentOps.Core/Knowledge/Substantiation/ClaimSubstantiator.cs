using ContentOps.Core.Knowledge.Ingestion;

namespace ContentOps.Core.Knowledge.Substantiation;

/// <summary>
/// Anchors a claim to the passages of the sources it cites: in each source, the window of up to three consecutive
/// passages of one file that states most of the claim's numbers and populations (then the most similar text).
/// A fact stated by no anchor is missing.
/// </summary>
public static class ClaimSubstantiator
{
    private const int MaxWindow = 3;

    /// <param name="claimId">The claim's id.</param>
    /// <param name="claimText">The approved text.</param>
    /// <param name="sources">Per cited reference id, the passages of its sources (references without a source are left out).</param>
    public static Substantiation Substantiate(string claimId, string claimText, IReadOnlyList<(string Reference, IReadOnlyList<Passage> Passages)> sources)
    {
        var facts = ClaimFactExtractor.Extract(claimText);
        var claimBigrams = TextSimilarity.Bigrams(claimText);
        var anchors = sources
            .Where(s => s.Passages.Count > 0)
            .Select(s => BestAnchor(s.Reference, s.Passages, facts, claimBigrams))
            .OrderByDescending(a => a.Found.Count).ThenByDescending(a => a.Similarity)
            .ToList();
        var missing = facts.Where(f => !anchors.Any(a => a.Found.Contains(f))).ToList();
        return new Substantiation(claimId, facts, anchors, missing);
    }

    private static Anchor BestAnchor(string reference, IReadOnlyList<Passage> passages, IReadOnlyList<ClaimFact> facts, HashSet<int> claimBigrams)
    {
        (Anchor Anchor, int Length)? best = null;
        for (var start = 0; start < passages.Count; start++)
        {
            var text = "";
            for (var length = 1; length <= MaxWindow && start + length <= passages.Count && passages[start + length - 1].File == passages[start].File; length++)
            {
                text = length == 1 ? passages[start].Text : text + " " + passages[start + length - 1].Text;
                var found = facts.Where(f => ClaimFactExtractor.IsStatedIn(f, text)).ToList();
                var similarity = TextSimilarity.Dice(claimBigrams, TextSimilarity.Bigrams(text));
                // Most facts first; then the shortest window that states them; then the most similar text.
                if (best is not { } b || found.Count > b.Anchor.Found.Count
                    || (found.Count == b.Anchor.Found.Count && (length < b.Length || (length == b.Length && similarity > b.Anchor.Similarity))))
                {
                    best = (new Anchor(reference, passages[start], text, found, similarity), length);
                }
            }
        }

        return best!.Value.Anchor;
    }
}
