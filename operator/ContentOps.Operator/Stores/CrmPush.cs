namespace ContentOps.Operator.Stores;

/// <summary>A rep-facing item (a next-best-action card) that reached a CRM channel: recorded so it is never pushed again.</summary>
/// <param name="Key">hash(suggestion id, channel): the item's Idempotency-Key at the CRM.</param>
/// <param name="Channel">namespace/name of the crm ChannelTarget.</param>
internal sealed record CrmPush(string Key, string Channel, string SuggestionId, string Rep, string Hcp, string? ExternalId, DateTimeOffset PushedAt);
