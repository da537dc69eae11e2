namespace ContentOps.Operator.Stores;

/// <summary>
/// The per-HCP send outbox and receipts: SQLite in the state folder (embedded), PostgreSQL in cluster mode. An
/// intent is durable before the channel is called and a receipt is durable before the next send starts, so a kill -9
/// at any point leads at most to a resend under the same idempotency key (which channels deduplicate), never to a
/// second, different message to the same HCP and never to a lost receipt.
/// </summary>
internal interface ISendLedger
{
    /// <summary>
    /// Records the intents (state Pending) whose keys are new, in one commit, durable on return; an existing entry
    /// wins unchanged whatever its state. Returns the stored entries in the order given.
    /// </summary>
    Task<IReadOnlyList<SendEntry>> RecordIntentsAsync(IReadOnlyList<SendEntry> entries, CancellationToken cancellationToken);

    /// <summary>Marks pending entries Sent with the channel's ids, durable on return. Entries no longer pending are left alone.</summary>
    Task RecordReceiptsAsync(IReadOnlyList<SendReceiptRecord> receipts, CancellationToken cancellationToken);

    /// <summary>Counts a failed attempt; a permanent failure marks the entry Failed.</summary>
    Task RecordFailureAsync(string idempotencyKey, string error, bool permanent, CancellationToken cancellationToken);

    /// <summary>
    /// Cancels every pending send of a piece in one statement (so none starts after this returns) and returns them.
    /// </summary>
    Task<IReadOnlyList<SendEntry>> CancelPendingAsync(string pieceUid, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Marks a sent entry Withdrawn.</summary>
    Task RecordWithdrawalAsync(string idempotencyKey, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records what the channel reported about delivery (by the channel's id for the send); false when no send has that id.</summary>
    Task<bool> RecordDeliveryAsync(string channel, string externalId, string status, CancellationToken cancellationToken);

    /// <summary>The entry with this idempotency key, or null.</summary>
    Task<SendEntry?> FindAsync(string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>
    /// Adds an HCP's consent withdrawal to the suppression list (durable on return); a repeated one keeps the latest time.
    /// </summary>
    Task RecordConsentWithdrawalAsync(ConsentWithdrawal withdrawal, CancellationToken cancellationToken);

    /// <summary>The suppression list: every HCP and consent channel withdrawn, with when.</summary>
    Task<IReadOnlyList<ConsentWithdrawal>> ListConsentWithdrawalsAsync(CancellationToken cancellationToken);

    /// <summary>Records that a rep-facing item (a next-best-action card) reached a CRM channel, durable on return; once per key.</summary>
    Task RecordCrmPushAsync(CrmPush push, CancellationToken cancellationToken);

    /// <summary>The keys of every item already pushed to a CRM channel (namespace/name).</summary>
    Task<IReadOnlySet<string>> ListCrmPushKeysAsync(string channel, CancellationToken cancellationToken);

    /// <summary>Every entry of a piece, oldest first.</summary>
    Task<IReadOnlyList<SendEntry>> ListForPieceAsync(string pieceUid, CancellationToken cancellationToken);

    /// <summary>Entries sent to an HCP at or after <paramref name="since"/> (all channels, all pieces), oldest first.</summary>
    Task<IReadOnlyList<SendEntry>> ListSentToAsync(string hcp, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Every entry sent at or after <paramref name="since"/> (any HCP, channel, piece), oldest first: what caps count.</summary>
    Task<IReadOnlyList<SendEntry>> ListSentSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>How many sends a channel made at or after <paramref name="since"/> (its rate-limit window).</summary>
    Task<int> CountSentAsync(string channel, DateTimeOffset since, CancellationToken cancellationToken);
}
