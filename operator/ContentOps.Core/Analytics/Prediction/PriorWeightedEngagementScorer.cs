using System.Globalization;

using ContentOps.Core.Distribution.Recommendation;

namespace ContentOps.Core.Analytics.Prediction;

/// <summary>
/// The closed loop in the next-best-action ranking: the rules' score scaled by what the stored engagement predicts for
/// the piece among HCPs of the candidate's region (its lift over the overall rate, capped), so content that engaged
/// similar doctors ranks higher. The driver names the prediction and its model version when the prediction moved the
/// score most. When the candidate comes from a send the learning allocator placed, its estimate for that channel,
/// variant and hour (<see cref="CandidateSignals.Preference"/>) weighs the score the same way, so the ranking prefers
/// what the planner learnt. Hard filters (consent, caps, opt-out) are applied before any scorer runs.
/// </summary>
public sealed class PriorWeightedEngagementScorer(IEngagementScorer rules, IEngagementPrior prior) : IEngagementScorer
{
    /// <summary>How far the prediction may move the rules' score: ×0.7 for no engagement up to ×1.3 at twice the overall rate.</summary>
    public const double Weight = 0.3;

    /// <summary>The prior's version, named in reasons it moved.</summary>
    public string ModelVersion => prior.ModelVersion;

    public (double Score, string Driver) Score(CandidateSignals candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var (score, driver) = rules.Score(candidate);
        if (candidate.Hcp.PersonalizationOptOut)
        {
            // PIPL Art. 24: no profile-driven ranking for those who refused it.
            return (score, driver);
        }

        var prediction = prior.Predict(candidate.Content.Ref.ToString(), candidate.Hcp.Region);
        var lift = prior.Overall <= 0 ? 1 : Math.Min(2, prediction.Probability / prior.Overall);
        // The allocator's estimate for the planned channel, variant and hour: the same preference the send planner acted on.
        var learnt = candidate.Preference is { } p && prior.Overall > 0 ? Math.Min(2, p.Probability / prior.Overall) : 1;
        var weighted = Math.Round(Math.Clamp(score * (1 - Weight + (Weight * lift)) * (1 - Weight + (Weight * learnt)), 0, 1), 3);
        if (Math.Abs(learnt - 1) > Math.Abs(lift - 1) && (learnt >= 1.2 || learnt <= 0.8))
        {
            return (weighted, string.Create(CultureInfo.InvariantCulture,
                $"the allocator rates this channel, variant and hour {learnt:0.0}× the average (predicted {candidate.Preference!.Probability * 100:0}% by {candidate.Preference.ModelVersion}); {driver}"));
        }

        return lift >= 1.2 || lift <= 0.8
            ? (weighted, string.Create(CultureInfo.InvariantCulture,
                $"doctors in {(candidate.Hcp.Region.Length == 0 ? "their region" : candidate.Hcp.Region)} engaged with it {lift:0.0}× the average (predicted {prediction.Probability * 100:0}% by {prediction.ModelVersion}); {driver}"))
            : (weighted, driver);
    }
}
