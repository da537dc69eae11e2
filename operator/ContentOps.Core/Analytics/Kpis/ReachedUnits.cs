namespace ContentOps.Core.Analytics.Kpis;

/// <summary>
/// How many reached units (piece × channel × doctor with a delivered event, <see cref="SendEngagement"/>) were first
/// reached on one day in one channel × segment, and whether they engaged: what predicted versus actual compares.
/// </summary>
public sealed record ReachedUnits(string Channel, string Segment, DateOnly Day, bool Engaged, long Units);
