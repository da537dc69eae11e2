namespace ContentOps.Core.Analytics.Prediction;

/// <summary>One past send: its features, when it was sent, and whether the HCP engaged (opened/read/clicked).</summary>
public sealed record EngagementExample(EngagementFeatures Features, DateTimeOffset SentAt, bool Engaged);
