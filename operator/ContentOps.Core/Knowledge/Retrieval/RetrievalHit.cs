using ContentOps.Core.Knowledge.Stores;

namespace ContentOps.Core.Knowledge.Retrieval;

/// <summary>
/// One result: the record, its score in the mode asked for, its rank in each list it came from, the query terms it
/// matched and the query's medical concepts it mentions (those that raised it in the hybrid re-ranking).
/// </summary>
public sealed record RetrievalHit(KnowledgeRecord Record, double Score, int? KeywordRank, int? VectorRank, IReadOnlyList<string> MatchedTerms, IReadOnlyList<string>? Concepts = null)
{
    /// <summary>Why it was returned, e.g. "keyword rank 1 (二甲双胍, hba1c), vector rank 2, concepts (低血糖, 发生率)".</summary>
    public string Why =>
        string.Join(", ", new[]
        {
            KeywordRank is { } k ? $"keyword rank {k}" + (MatchedTerms.Count > 0 ? $" ({string.Join(", ", MatchedTerms.Take(5))})" : "") : null,
            VectorRank is { } v ? $"vector rank {v}" : null,
            Concepts is { Count: > 0 } c ? $"concepts ({string.Join(", ", c)})" : null,
        }.Where(s => s is not null));
}
