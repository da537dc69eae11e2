namespace ContentOps.Core.Knowledge.Retrieval;

/// <summary>
/// How hybrid search fuses its two lists over the first <see cref="Candidates"/> of each. Reciprocal rank fusion:
/// score = Σ weight / (k + rank). Relative score fusion: score = Σ weight × score / the list's best score, so a list
/// whose scores are flat (no candidate stands out) moves the order less than one with a clear winner. The defaults
/// were chosen on the development queries (tests/corpora/knowledge/queries-dev.tsv), never on the evaluation
/// queries the benchmark reports.
/// </summary>
/// <param name="Method">Rank or relative score fusion.</param>
/// <param name="KeywordWeight">Weight of the BM25 list.</param>
/// <param name="VectorWeight">Weight of the embedding list.</param>
/// <param name="RrfK">Dampens the first ranks of the keyword list in rank fusion (60 in the original paper).</param>
/// <param name="Candidates">Each list contributes this many candidates (at least).</param>
/// <param name="CommonTermShare">Share of documents above which a query term only scores candidates a rarer term found.</param>
/// <param name="VectorRrfK">The vector list's k (per-list k): a smaller k lets the embedding's first ranks count while its
/// deep ranks, where it is weak, count for little.</param>
/// <param name="VectorDepth">Only the vector list's first this-many ranks add to the fused score; the rest of its
/// candidates are still scored by BM25. Deep vector ranks are near-random among look-alike passages and would otherwise
/// reorder the keyword list's close calls.</param>
/// <param name="ConceptBoost">Re-ranking of the fused list's first <see cref="RerankDepth"/>: each gains this times the
/// share of the query's medical concepts (<see cref="Embeddings.MedicalLexicon"/>) it mentions, in any wording; 0 turns
/// it off. 0.05 is about one first rank's fused score, so covering more of what the query asks about outweighs a close
/// call between the lists (chosen on the development queries: 0.03 to 0.1 over depth 10 to 50 all did about as well).</param>
/// <param name="RerankDepth">How many of the fused list's first results the concept re-ranking reorders.</param>
public sealed record FusionOptions(FusionMethod Method = FusionMethod.Rank, double KeywordWeight = 1.0, double VectorWeight = 0.25, int RrfK = 20, int Candidates = 50, float CommonTermShare = 0.2f, int VectorRrfK = 5, int VectorDepth = 50, double ConceptBoost = 0.05, int RerankDepth = 10)
{
    /// <summary>The defaults.</summary>
    public static FusionOptions Default { get; } = new();

    /// <summary>A candidate's share of the fused score from one list, ranked <paramref name="rank"/> (1-based) with <paramref name="score"/> of best <paramref name="best"/>.</summary>
    public double Contribution(bool keyword, int rank, double score, double best) =>
        (keyword ? KeywordWeight : VectorWeight) * (Method == FusionMethod.Rank ? 1.0 / ((keyword ? RrfK : VectorRrfK) + rank) : best > 0 ? score / best : 0);
}
