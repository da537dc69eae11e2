namespace ContentOps.Core.Distribution.Recommendation;

/// <summary>
/// Scores how likely an HCP engages with a candidate next (0–1) and names the driver. Behind an interface so a
/// learned model (effect prediction, a bandit allocator) can replace the rule-based weights.
/// </summary>
public interface IEngagementScorer
{
    (double Score, string Driver) Score(CandidateSignals candidate);
}
