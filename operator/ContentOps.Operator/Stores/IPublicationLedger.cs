namespace ContentOps.Operator.Stores;

/// <summary>
/// The outbox and receipts of publications. The intent is recorded before a send and the receipt after it,
/// under the idempotency key hash(piece uid, channel, contentDigest), so a crash between the two leads to a
/// resend with the same key (which channels deduplicate) and never to a second, different publication.
/// </summary>
internal interface IPublicationLedger
{
    /// <summary>The entry for a key, or null.</summary>
    Task<LedgerEntry?> FindAsync(string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Records the intent to publish (state Pending) if the key is new; returns the stored entry.</summary>
    Task<LedgerEntry> RecordIntentAsync(LedgerEntry entry, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="RecordIntentAsync"/> for several entries in one commit (the renditions of a piece): all are durable
    /// before the first send. Returns the stored entries in the order given.
    /// </summary>
    Task<IReadOnlyList<LedgerEntry>> RecordIntentsAsync(IReadOnlyList<LedgerEntry> entries, CancellationToken cancellationToken);

    /// <summary>Marks the entry Published with the channel's id for it.</summary>
    Task RecordReceiptAsync(string idempotencyKey, string externalId, DateTimeOffset publishedAt, CancellationToken cancellationToken);

    /// <summary>Marks the entry Withdrawn.</summary>
    Task RecordWithdrawalAsync(string idempotencyKey, DateTimeOffset withdrawnAt, CancellationToken cancellationToken);

    /// <summary>Every entry of a piece (all channels, all digests), oldest first.</summary>
    Task<IReadOnlyList<LedgerEntry>> ListForPieceAsync(string pieceUid, CancellationToken cancellationToken);
}
