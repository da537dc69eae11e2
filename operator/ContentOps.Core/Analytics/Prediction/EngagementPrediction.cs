namespace ContentOps.Core.Analytics.Prediction;

/// <summary>A predicted engagement probability and the version of the model that made it (recorded with every prediction).</summary>
public sealed record EngagementPrediction(double Probability, string ModelVersion);
