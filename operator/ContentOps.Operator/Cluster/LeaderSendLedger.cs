using ContentOps.Operator.Stores;
using ContentOps.Operator.Stores.Local;

namespace ContentOps.Operator.Cluster;

/// <summary>
/// The send ledger of the leader's state folder (SQLite on the artifacts volume), used in cluster mode when no
/// PostgreSQL state database is configured. Calls fail while this replica does not lead, so nothing is sent then.
/// </summary>
internal sealed class LeaderSendLedger(Func<LocalStateStore> state) : ISendLedger
{
    public Task<IReadOnlyList<SendEntry>> RecordIntentsAsync(IReadOnlyList<SendEntry> entries, CancellationToken cancellationToken) =>
        state().Sends.RecordIntentsAsync(entries, cancellationToken);

    public Task RecordReceiptsAsync(IReadOnlyList<SendReceiptRecord> receipts, CancellationToken cancellationToken) =>
        state().Sends.RecordReceiptsAsync(receipts, cancellationToken);

    public Task RecordFailureAsync(string idempotencyKey, string error, bool permanent, CancellationToken cancellationToken) =>
        state().Sends.RecordFailureAsync(idempotencyKey, error, permanent, cancellationToken);

    public Task<IReadOnlyList<SendEntry>> CancelPendingAsync(string pieceUid, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        state().Sends.CancelPendingAsync(pieceUid, reason, at, cancellationToken);

    public Task RecordWithdrawalAsync(string idempotencyKey, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        state().Sends.RecordWithdrawalAsync(idempotencyKey, reason, at, cancellationToken);

    public Task<bool> RecordDeliveryAsync(string channel, string externalId, string status, CancellationToken cancellationToken) =>
        state().Sends.RecordDeliveryAsync(channel, externalId, status, cancellationToken);

    public Task<SendEntry?> FindAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        state().Sends.FindAsync(idempotencyKey, cancellationToken);

    public Task RecordConsentWithdrawalAsync(ConsentWithdrawal withdrawal, CancellationToken cancellationToken) =>
        state().Sends.RecordConsentWithdrawalAsync(withdrawal, cancellationToken);

    public Task<IReadOnlyList<ConsentWithdrawal>> ListConsentWithdrawalsAsync(CancellationToken cancellationToken) =>
        state().Sends.ListConsentWithdrawalsAsync(cancellationToken);

    public Task RecordCrmPushAsync(CrmPush push, CancellationToken cancellationToken) =>
        state().Sends.RecordCrmPushAsync(push, cancellationToken);

    public Task<IReadOnlySet<string>> ListCrmPushKeysAsync(string channel, CancellationToken cancellationToken) =>
        state().Sends.ListCrmPushKeysAsync(channel, cancellationToken);

    public Task<IReadOnlyList<SendEntry>> ListForPieceAsync(string pieceUid, CancellationToken cancellationToken) =>
        state().Sends.ListForPieceAsync(pieceUid, cancellationToken);

    public Task<IReadOnlyList<SendEntry>> ListSentToAsync(string hcp, DateTimeOffset since, CancellationToken cancellationToken) =>
        state().Sends.ListSentToAsync(hcp, since, cancellationToken);

    public Task<IReadOnlyList<SendEntry>> ListSentSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        state().Sends.ListSentSinceAsync(since, cancellationToken);

    public Task<int> CountSentAsync(string channel, DateTimeOffset since, CancellationToken cancellationToken) =>
        state().Sends.CountSentAsync(channel, since, cancellationToken);
}
