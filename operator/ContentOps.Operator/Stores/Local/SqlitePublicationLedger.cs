using Microsoft.Data.Sqlite;

namespace ContentOps.Operator.Stores.Local;

/// <summary>
/// The publication outbox and receipts in state.db. Recording intents commits (flushes the group transaction of
/// <see cref="StateDatabase"/>), so an intent is durable before the send it announces starts. Receipts and
/// withdrawals ride on the next commit: a crash before it means a resend (or re-withdrawal) under the same key,
/// which channels deduplicate, never a second, different publication.
/// </summary>
internal sealed class SqlitePublicationLedger(StateDatabase database) : IPublicationLedger
{
    private const string Columns =
        "idempotency_key, piece_uid, piece_ref, channel, content_digest, state, external_id, created_at, published_at, withdrawn_at";

    public Task<LedgerEntry?> FindAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        lock (database.Gate)
        {
            return Task.FromResult(Find(idempotencyKey));
        }
    }

    public Task<LedgerEntry> RecordIntentAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (database.Gate)
        {
            var stored = RecordIntent(entry);

            // The send follows: the intent must survive a crash from here on.
            database.Flush();
            return Task.FromResult(stored);
        }
    }

    public Task<IReadOnlyList<LedgerEntry>> RecordIntentsAsync(IReadOnlyList<LedgerEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        lock (database.Gate)
        {
            var stored = new LedgerEntry[entries.Count];
            database.InTransaction(() =>
            {
                for (var i = 0; i < entries.Count; i++)
                {
                    stored[i] = RecordIntent(entries[i]);
                }
            });

            // The sends follow: the intents must survive a crash from here on.
            database.Flush();
            return Task.FromResult<IReadOnlyList<LedgerEntry>>(stored);
        }
    }

    private LedgerEntry RecordIntent(LedgerEntry entry)
    {
        // The gate and the folder lock make find-then-insert race-free; an existing entry wins unchanged,
        // whatever its state, so a retried intent never resets a receipt.
        if (Find(entry.IdempotencyKey) is { } stored)
        {
            return stored;
        }

        var command = database.Command(
            $"INSERT INTO ledger ({Columns}) VALUES ($key, $uid, $ref, $channel, $digest, $state, NULL, $created, NULL, NULL);",
            "$key", "$uid", "$ref", "$channel", "$digest", "$state", "$created");
        var p = command.Parameters;
        p["$key"].Value = entry.IdempotencyKey;
        p["$uid"].Value = entry.PieceUid;
        p["$ref"].Value = entry.PieceRef;
        p["$channel"].Value = entry.Channel;
        p["$digest"].Value = entry.ContentDigest;
        p["$state"].Value = LedgerStates.Pending;
        p["$created"].Value = ResourceTable.FormatTime(entry.CreatedAt);
        database.Write(command);
        return entry with { State = LedgerStates.Pending, ExternalId = null, PublishedAt = null, WithdrawnAt = null };
    }

    public Task RecordReceiptAsync(string idempotencyKey, string externalId, DateTimeOffset publishedAt, CancellationToken cancellationToken)
    {
        lock (database.Gate)
        {
            var command = database.Command(
                "UPDATE ledger SET state = $state, external_id = $external, published_at = $at WHERE idempotency_key = $key;",
                "$key", "$state", "$external", "$at");
            command.Parameters["$key"].Value = idempotencyKey;
            command.Parameters["$state"].Value = LedgerStates.Published;
            command.Parameters["$external"].Value = externalId;
            command.Parameters["$at"].Value = ResourceTable.FormatTime(publishedAt);
            RequireOne(database.Write(command), idempotencyKey);
            return Task.CompletedTask;
        }
    }

    public Task RecordWithdrawalAsync(string idempotencyKey, DateTimeOffset withdrawnAt, CancellationToken cancellationToken)
    {
        lock (database.Gate)
        {
            var command = database.Command(
                "UPDATE ledger SET state = $state, withdrawn_at = $at WHERE idempotency_key = $key;", "$key", "$state", "$at");
            command.Parameters["$key"].Value = idempotencyKey;
            command.Parameters["$state"].Value = LedgerStates.Withdrawn;
            command.Parameters["$at"].Value = ResourceTable.FormatTime(withdrawnAt);
            RequireOne(database.Write(command), idempotencyKey);
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<LedgerEntry>> ListForPieceAsync(string pieceUid, CancellationToken cancellationToken)
    {
        lock (database.Gate)
        {
            // rowid is insertion order: "oldest first" without trusting caller clocks.
            var command = database.Command($"SELECT {Columns} FROM ledger WHERE piece_uid = $uid ORDER BY rowid;", "$uid");
            command.Parameters["$uid"].Value = pieceUid;
            var entries = new List<LedgerEntry>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                entries.Add(Read(reader));
            }

            return Task.FromResult<IReadOnlyList<LedgerEntry>>(entries);
        }
    }

    private LedgerEntry? Find(string idempotencyKey)
    {
        var command = database.Command($"SELECT {Columns} FROM ledger WHERE idempotency_key = $key;", "$key");
        command.Parameters["$key"].Value = idempotencyKey;
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    private static void RequireOne(int rows, string idempotencyKey)
    {
        // A receipt or withdrawal without a recorded intent means the outbox protocol was skipped: fail loudly.
        if (rows != 1)
        {
            throw new InvalidOperationException($"The ledger has no intent for idempotency key {idempotencyKey}; record the intent before sending.");
        }
    }

    private static LedgerEntry Read(SqliteDataReader reader) => new()
    {
        IdempotencyKey = reader.GetString(0),
        PieceUid = reader.GetString(1),
        PieceRef = reader.GetString(2),
        Channel = reader.GetString(3),
        ContentDigest = reader.GetString(4),
        State = reader.GetString(5),
        ExternalId = reader.IsDBNull(6) ? null : reader.GetString(6),
        CreatedAt = ResourceTable.ParseTime(reader.GetString(7)),
        PublishedAt = reader.IsDBNull(8) ? null : ResourceTable.ParseTime(reader.GetString(8)),
        WithdrawnAt = reader.IsDBNull(9) ? null : ResourceTable.ParseTime(reader.GetString(9)),
    };
}
