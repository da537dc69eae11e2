namespace ContentOps.Core.Analytics.Prediction;

/// <summary>
/// Predicts the engagement probability of a send before it happens: what the send planner and the next-best-action
/// ranking use to order candidates, and what <c>plan</c> and <c>status</c> show.
/// </summary>
public interface IEngagementPredictor
{
    string ModelVersion { get; }

    EngagementPrediction Predict(EngagementFeatures features);
}
