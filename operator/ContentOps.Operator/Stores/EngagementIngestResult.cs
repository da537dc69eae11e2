namespace ContentOps.Operator.Stores;

/// <summary>What one batch of events did to the store.</summary>
internal sealed record EngagementIngestResult(int Accepted, int Duplicates, int Attributed, int AdverseEvents);
