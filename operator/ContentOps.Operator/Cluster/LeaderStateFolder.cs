using ContentOps.Operator.Stores;
using ContentOps.Operator.Stores.Local;

namespace ContentOps.Operator.Cluster;

/// <summary>
/// The publication outbox, audit log and artifacts of the cluster mode: the embedded SQLite state folder on the
/// shared artifacts volume, opened only while this replica leads. status.publications alone cannot give
/// exactly-once publishing (the status write comes after the send); the ledger records the intent durably before it.
/// The folder's own lock is a second fence behind the Lease: a deposed leader that has not let go yet keeps the new
/// one from publishing until it does.
/// </summary>
internal sealed class LeaderStateFolder(string folder) : IPublicationLedger, IAuditLog, IArtifactStore, IDisposable
{
    private readonly Lock _lock = new();
    private LocalStateStore? _open;

    public string Folder { get; } = folder;

    /// <summary>Opens the folder, waiting while another replica still holds it.</summary>
    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        for (var delay = TimeSpan.FromMilliseconds(200); ; delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks)))
        {
            try
            {
                var opened = LocalStateStore.Open(Folder);
                lock (_lock)
                {
                    _open?.Dispose();
                    _open = opened;
                }

                return;
            }
            catch (StateFolderInUseException)
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The folder's engagement store while this replica leads, else null.</summary>
    public IEngagementStore? Events
    {
        get
        {
            lock (_lock)
            {
                return _open?.Events;
            }
        }
    }

    /// <summary>Closes the folder (releasing its lock) after leadership is lost.</summary>
    public void Close()
    {
        lock (_lock)
        {
            _open?.Dispose();
            _open = null;
        }
    }

    public void Dispose() => Close();

    public Task<LedgerEntry?> FindAsync(string idempotencyKey, CancellationToken cancellationToken) => State.Ledger.FindAsync(idempotencyKey, cancellationToken);

    public Task<LedgerEntry> RecordIntentAsync(LedgerEntry entry, CancellationToken cancellationToken) => State.Ledger.RecordIntentAsync(entry, cancellationToken);

    public Task<IReadOnlyList<LedgerEntry>> RecordIntentsAsync(IReadOnlyList<LedgerEntry> entries, CancellationToken cancellationToken) =>
        State.Ledger.RecordIntentsAsync(entries, cancellationToken);

    public Task RecordReceiptAsync(string idempotencyKey, string externalId, DateTimeOffset publishedAt, CancellationToken cancellationToken) =>
        State.Ledger.RecordReceiptAsync(idempotencyKey, externalId, publishedAt, cancellationToken);

    public Task RecordWithdrawalAsync(string idempotencyKey, DateTimeOffset withdrawnAt, CancellationToken cancellationToken) =>
        State.Ledger.RecordWithdrawalAsync(idempotencyKey, withdrawnAt, cancellationToken);

    public Task<IReadOnlyList<LedgerEntry>> ListForPieceAsync(string pieceUid, CancellationToken cancellationToken) =>
        State.Ledger.ListForPieceAsync(pieceUid, cancellationToken);

    public Task AppendAsync(AuditRecord record, CancellationToken cancellationToken) => State.Audit.AppendAsync(record, cancellationToken);

    public Task<IReadOnlyList<AuditRecord>> ReadAsync(string? resourceRef, int limit, CancellationToken cancellationToken) =>
        State.Audit.ReadAsync(resourceRef, limit, cancellationToken);

    public Task<string> PutAsync(string content, CancellationToken cancellationToken) => State.Artifacts.PutAsync(content, cancellationToken);

    public Task<string?> GetAsync(string digest, CancellationToken cancellationToken) => State.Artifacts.GetAsync(digest, cancellationToken);

    public Task WriteReportAsync(string relativePath, string content, CancellationToken cancellationToken) =>
        State.Artifacts.WriteReportAsync(relativePath, content, cancellationToken);

    /// <summary>The open state store, or null while this replica does not lead (the API answers 503 then).</summary>
    internal LocalStateStore? OpenState
    {
        get
        {
            lock (_lock)
            {
                return _open;
            }
        }
    }

    // A reconcile only runs while leading, so a closed folder here means leadership was lost mid-reconcile: failing
    // the reconcile is right, it must not publish.
    /// <summary>The open state store (for the send ledger of the leader); throws while this replica does not lead.</summary>
    internal LocalStateStore State
    {
        get
        {
            lock (_lock)
            {
                return _open ?? throw new InvalidOperationException("The state folder is closed: this replica does not lead.");
            }
        }
    }
}
