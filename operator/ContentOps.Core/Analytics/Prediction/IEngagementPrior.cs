namespace ContentOps.Core.Analytics.Prediction;

/// <summary>
/// What the stored engagement says a piece will do: engagement per delivery, learnt from events, for the send planner
/// and the next-best-action ranking to use beside their rules (the closed loop). Consent, caps and quiet hours stay in
/// the planner: a prior only reorders what they allow.
/// </summary>
public interface IEngagementPrior
{
    /// <summary>Names the model and the data it learnt from; recorded with every prediction it makes.</summary>
    string ModelVersion { get; }

    /// <summary>Engagement per delivery over every piece (what a piece without history is predicted).</summary>
    double Overall { get; }

    /// <summary>The predicted engagement per delivery of a piece (namespace/name) for HCPs of a region ("" or null: any).</summary>
    EngagementPrediction Predict(string pieceRef, string? region);
}
