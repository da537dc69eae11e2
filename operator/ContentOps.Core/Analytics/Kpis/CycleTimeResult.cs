namespace ContentOps.Core.Analytics.Kpis;

/// <summary>The median cycle time over the published pieces and what it was measured from.</summary>
public sealed record CycleTimeResult(double MedianDays, int PublishedPieces, string Basis);
