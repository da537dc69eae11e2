namespace ContentOps.Core.Publishing;

/// <summary>The channel's acknowledgement.</summary>
public sealed record PublishReceipt(string ExternalId, DateTimeOffset AcceptedAt);
