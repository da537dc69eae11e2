namespace ContentOps.Core.Analytics.Simulation;

/// <summary>
/// What one policy achieved: engagements realised, the engagements it should expect from the true rates of the
/// arms it chose, and its cumulative regret (the oracle's expected engagements minus its own).
/// </summary>
public sealed record PolicyOutcome(string Policy, long Reward, double ExpectedReward, double Regret);
