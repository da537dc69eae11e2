using System.Data.Common;
using Npgsql;

namespace ContentOps.Operator.Stores.Postgres;

/// <summary>
/// The send ledger in PostgreSQL (cluster mode): the schema of <see cref="SendLedgerSql"/>, every write its own
/// committed statement or transaction, so a receipt is durable when the call returns. Several replicas may share the
/// database; the lease decides who sends, and the primary key keeps a repeated intent from becoming a second send.
/// </summary>
internal sealed class PostgresSendLedger(NpgsqlDataSource dataSource) : ISendLedger
{
    private const string Select = $"SELECT {SendLedgerSql.Columns} FROM sends";

    /// <summary>Creates the table and indexes if missing (idempotent; safe from several replicas at once).</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        // Two replicas starting together would race on CREATE ... IF NOT EXISTS (a known catalog race): serialise.
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(727274);", connection))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await using var command = new NpgsqlCommand(SendLedgerSql.Schema("timestamptz"), connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(727274);", connection);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<SendEntry>> RecordIntentsAsync(IReadOnlyList<SendEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var stored = new SendEntry[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            await using (var insert = new NpgsqlCommand(
                $"INSERT INTO sends ({SendLedgerSql.Columns}) VALUES (@key, @uid, @ref, @hcp, @channel, @digest, @segment, 'Pending', NULL, 0, NULL, NULL, @created, @due, NULL, NULL, NULL) "
                + "ON CONFLICT (idempotency_key) DO NOTHING;", connection, transaction))
            {
                insert.Parameters.AddWithValue("key", entry.IdempotencyKey);
                insert.Parameters.AddWithValue("uid", entry.PieceUid);
                insert.Parameters.AddWithValue("ref", entry.PieceRef);
                insert.Parameters.AddWithValue("hcp", entry.Hcp);
                insert.Parameters.AddWithValue("channel", entry.Channel);
                insert.Parameters.AddWithValue("digest", entry.ContentDigest);
                insert.Parameters.AddWithValue("segment", (object?)entry.Segment ?? DBNull.Value);
                insert.Parameters.AddWithValue("created", entry.CreatedAt.ToUniversalTime());
                insert.Parameters.AddWithValue("due", entry.DueAt.ToUniversalTime());
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            stored[i] = (await QueryAsync(connection, transaction, $"{Select} WHERE idempotency_key = @a;", cancellationToken, entry.IdempotencyKey).ConfigureAwait(false)).Single();
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return stored;
    }

    public async Task RecordReceiptsAsync(IReadOnlyList<SendReceiptRecord> receipts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipts);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var receipt in receipts)
        {
            await using var command = new NpgsqlCommand(
                "UPDATE sends SET state = 'Sent', external_id = @external, sent_at = @at WHERE idempotency_key = @key AND state = 'Pending';",
                connection, transaction);
            command.Parameters.AddWithValue("key", receipt.IdempotencyKey);
            command.Parameters.AddWithValue("external", receipt.ExternalId);
            command.Parameters.AddWithValue("at", receipt.SentAt.ToUniversalTime());
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task RecordFailureAsync(string idempotencyKey, string error, bool permanent, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE sends SET attempts = attempts + 1, last_error = @error, state = CASE WHEN @permanent THEN 'Failed' ELSE state END "
            + "WHERE idempotency_key = @key AND state = 'Pending';",
            cancellationToken, ("key", idempotencyKey), ("error", error), ("permanent", permanent));

    public async Task<IReadOnlyList<SendEntry>> CancelPendingAsync(string pieceUid, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var cancelled = await QueryAsync(connection, null,
            $"UPDATE sends SET state = 'Cancelled', stopped_at = @b, stop_reason = @c WHERE piece_uid = @a AND state = 'Pending' RETURNING {SendLedgerSql.Columns};",
            cancellationToken, pieceUid, at.ToUniversalTime(), reason).ConfigureAwait(false);
        return [.. cancelled.OrderBy(e => e.CreatedAt).ThenBy(e => e.IdempotencyKey, StringComparer.Ordinal)];
    }

    public Task RecordWithdrawalAsync(string idempotencyKey, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE sends SET state = 'Withdrawn', stopped_at = @at, stop_reason = @reason WHERE idempotency_key = @key AND state = 'Sent';",
            cancellationToken, ("key", idempotencyKey), ("at", at.ToUniversalTime()), ("reason", reason));

    public async Task<bool> RecordDeliveryAsync(string channel, string externalId, string status, CancellationToken cancellationToken) =>
        await ExecuteAsync("UPDATE sends SET delivery_status = @status WHERE channel = @channel AND external_id = @external;",
            cancellationToken, ("channel", channel), ("external", externalId), ("status", status)).ConfigureAwait(false) > 0;

    public async Task<SendEntry?> FindAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return (await QueryAsync(connection, null, $"{Select} WHERE idempotency_key = @a;", cancellationToken, idempotencyKey).ConfigureAwait(false)).SingleOrDefault();
    }

    public Task RecordConsentWithdrawalAsync(ConsentWithdrawal withdrawal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(withdrawal);
        return ExecuteAsync(SendLedgerSql.UpsertWithdrawal, cancellationToken,
            ("hcp", withdrawal.Hcp), ("channel", withdrawal.ConsentChannel), ("at", withdrawal.At.ToUniversalTime()), ("source", withdrawal.Source));
    }

    public async Task<IReadOnlyList<ConsentWithdrawal>> ListConsentWithdrawalsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(SendLedgerSql.SelectWithdrawals, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var withdrawals = new List<ConsentWithdrawal>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            withdrawals.Add(new ConsentWithdrawal(reader.GetString(0), reader.GetString(1), Time(reader, 2)!.Value, reader.GetString(3)));
        }

        return withdrawals;
    }

    public Task RecordCrmPushAsync(CrmPush push, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(push);
        return ExecuteAsync(SendLedgerSql.InsertPush, cancellationToken, ("key", push.Key), ("channel", push.Channel), ("suggestion", push.SuggestionId),
            ("rep", push.Rep), ("hcp", push.Hcp), ("external", (object?)push.ExternalId ?? DBNull.Value), ("at", push.PushedAt.ToUniversalTime()));
    }

    public async Task<IReadOnlySet<string>> ListCrmPushKeysAsync(string channel, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(SendLedgerSql.SelectPushKeys, connection);
        command.Parameters.AddWithValue("channel", channel);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    public async Task<IReadOnlyList<SendEntry>> ListForPieceAsync(string pieceUid, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await QueryAsync(connection, null, $"{Select} WHERE piece_uid = @a ORDER BY created_at, idempotency_key;", cancellationToken, pieceUid).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SendEntry>> ListSentToAsync(string hcp, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await QueryAsync(connection, null, $"{Select} WHERE hcp = @a AND sent_at >= @b ORDER BY sent_at, idempotency_key;",
            cancellationToken, hcp, since.ToUniversalTime()).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SendEntry>> ListSentSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await QueryAsync(connection, null, $"{Select} WHERE sent_at >= @a AND state IN ('Sent', 'Withdrawn') ORDER BY sent_at, idempotency_key;",
            cancellationToken, since.ToUniversalTime()).ConfigureAwait(false);
    }

    public async Task<int> CountSentAsync(string channel, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM sends WHERE channel = @a AND sent_at >= @b;", connection);
        command.Parameters.AddWithValue("a", channel);
        command.Parameters.AddWithValue("b", since.ToUniversalTime());
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<List<SendEntry>> QueryAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue(((char)('a' + i)).ToString(), values[i]);
        }

        var entries = new List<SendEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(SendEntryRows.Read(reader, Time));
        }

        return entries;
    }

    private static DateTimeOffset? Time(DbDataReader reader, int i) =>
        reader.IsDBNull(i) ? null : new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(i), DateTimeKind.Utc));
}
