namespace ContentOps.Operator.Stores;

/// <summary>A channel's acknowledgement of one send, as the ledger records it.</summary>
internal sealed record SendReceiptRecord(string IdempotencyKey, string ExternalId, DateTimeOffset SentAt);
