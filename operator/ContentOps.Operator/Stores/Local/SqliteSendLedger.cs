using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ContentOps.Operator.Stores.Local;

/// <summary>
/// The send ledger in state.db. Intents and receipts both commit at once (a flush of the group transaction of
/// <see cref="StateDatabase"/>): an intent must exist before its send starts, and a receipt must not ride on a later
/// commit that a kill -9 could lose, because e-mail has no idempotency key a mail server honours.
/// </summary>
internal sealed class SqliteSendLedger : ISendLedger
{
    private const string Select = $"SELECT {SendLedgerSql.Columns} FROM sends";

    private readonly StateDatabase _database;

    public SqliteSendLedger(StateDatabase database, bool readOnly)
    {
        _database = database;
        if (!readOnly)
        {
            lock (database.Gate)
            {
                database.InTransaction(() => database.Pragma(SendLedgerSql.Schema("TEXT")));
            }
        }
    }

    public Task<IReadOnlyList<SendEntry>> RecordIntentsAsync(IReadOnlyList<SendEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        lock (_database.Gate)
        {
            var stored = new SendEntry[entries.Count];
            _database.InTransaction(() =>
            {
                for (var i = 0; i < entries.Count; i++)
                {
                    stored[i] = Insert(entries[i]);
                }
            });
            _database.Flush();
            return Task.FromResult<IReadOnlyList<SendEntry>>(stored);
        }
    }

    private SendEntry Insert(SendEntry entry)
    {
        var command = _database.Command(
            $"INSERT OR IGNORE INTO sends ({SendLedgerSql.Columns}) VALUES ($key, $uid, $ref, $hcp, $channel, $digest, $segment, $state, NULL, 0, NULL, NULL, $created, $due, NULL, NULL, NULL);",
            "$key", "$uid", "$ref", "$hcp", "$channel", "$digest", "$segment", "$state", "$created", "$due");
        var p = command.Parameters;
        p["$key"].Value = entry.IdempotencyKey;
        p["$uid"].Value = entry.PieceUid;
        p["$ref"].Value = entry.PieceRef;
        p["$hcp"].Value = entry.Hcp;
        p["$channel"].Value = entry.Channel;
        p["$digest"].Value = entry.ContentDigest;
        p["$segment"].Value = (object?)entry.Segment ?? DBNull.Value;
        p["$state"].Value = SendStates.Pending;
        p["$created"].Value = Time(entry.CreatedAt);
        p["$due"].Value = Time(entry.DueAt);
        _database.Write(command);

        // An existing entry wins whatever its state, so a repeated intent never resets a receipt.
        return Query($"{Select} WHERE idempotency_key = $a;", entry.IdempotencyKey).Single();
    }

    public Task RecordReceiptsAsync(IReadOnlyList<SendReceiptRecord> receipts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipts);
        lock (_database.Gate)
        {
            _database.InTransaction(() =>
            {
                foreach (var receipt in receipts)
                {
                    var command = _database.Command(
                        "UPDATE sends SET state = 'Sent', external_id = $external, sent_at = $at WHERE idempotency_key = $key AND state = 'Pending';",
                        "$key", "$external", "$at");
                    command.Parameters["$key"].Value = receipt.IdempotencyKey;
                    command.Parameters["$external"].Value = receipt.ExternalId;
                    command.Parameters["$at"].Value = Time(receipt.SentAt);
                    _database.Write(command);
                }
            });
            _database.Flush();
            return Task.CompletedTask;
        }
    }

    public Task RecordFailureAsync(string idempotencyKey, string error, bool permanent, CancellationToken cancellationToken)
    {
        lock (_database.Gate)
        {
            var command = _database.Command(
                "UPDATE sends SET attempts = attempts + 1, last_error = $error, state = CASE WHEN $permanent = 1 THEN 'Failed' ELSE state END "
                + "WHERE idempotency_key = $key AND state = 'Pending';",
                "$key", "$error", "$permanent");
            command.Parameters["$key"].Value = idempotencyKey;
            command.Parameters["$error"].Value = error;
            command.Parameters["$permanent"].Value = permanent ? 1 : 0;
            _database.Write(command);
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<SendEntry>> CancelPendingAsync(string pieceUid, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_database.Gate)
        {
            var pending = Query($"{Select} WHERE piece_uid = $a AND state = 'Pending' ORDER BY rowid;", pieceUid);
            var command = _database.Command(
                "UPDATE sends SET state = 'Cancelled', stopped_at = $at, stop_reason = $reason WHERE piece_uid = $uid AND state = 'Pending';",
                "$uid", "$at", "$reason");
            command.Parameters["$uid"].Value = pieceUid;
            command.Parameters["$at"].Value = Time(at);
            command.Parameters["$reason"].Value = reason;
            _database.Write(command);
            _database.Flush();
            return Task.FromResult<IReadOnlyList<SendEntry>>(
                [.. pending.Select(e => e with { State = SendStates.Cancelled, StoppedAt = at, StopReason = reason })]);
        }
    }

    public Task RecordWithdrawalAsync(string idempotencyKey, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_database.Gate)
        {
            var command = _database.Command(
                "UPDATE sends SET state = 'Withdrawn', stopped_at = $at, stop_reason = $reason WHERE idempotency_key = $key AND state = 'Sent';",
                "$key", "$at", "$reason");
            command.Parameters["$key"].Value = idempotencyKey;
            command.Parameters["$at"].Value = Time(at);
            command.Parameters["$reason"].Value = reason;
            _database.Write(command);
            _database.Flush();
            return Task.CompletedTask;
        }
    }

    public Task<bool> RecordDeliveryAsync(string channel, string externalId, string status, CancellationToken cancellationToken)
    {
        lock (_database.Gate)
        {
            var command = _database.Command(
                "UPDATE sends SET delivery_status = $status WHERE channel = $channel AND external_id = $external;",
                "$channel", "$external", "$status");
            command.Parameters["$channel"].Value = channel;
            command.Parameters["$external"].Value = externalId;
            command.Parameters["$status"].Value = status;
            return Task.FromResult(_database.Write(command) > 0);
        }
    }

    public Task<SendEntry?> FindAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        lock (_database.Gate)
        {
            return Task.FromResult(Query($"{Select} WHERE idempotency_key = $a;", idempotencyKey).SingleOrDefault());
        }
    }

    public Task RecordConsentWithdrawalAsync(ConsentWithdrawal withdrawal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(withdrawal);
        lock (_database.Gate)
        {
            var command = _database.Command(SendLedgerSql.UpsertWithdrawal, "@hcp", "@channel", "@at", "@source");
            command.Parameters["@hcp"].Value = withdrawal.Hcp;
            command.Parameters["@channel"].Value = withdrawal.ConsentChannel;
            command.Parameters["@at"].Value = Time(withdrawal.At);
            command.Parameters["@source"].Value = withdrawal.Source;
            _database.Write(command);
            _database.Flush();
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<ConsentWithdrawal>> ListConsentWithdrawalsAsync(CancellationToken cancellationToken)
    {
        lock (_database.Gate)
        {
            var withdrawals = new List<ConsentWithdrawal>();
            using var reader = _database.Command(SendLedgerSql.SelectWithdrawals).ExecuteReader();
            while (reader.Read())
            {
                withdrawals.Add(new ConsentWithdrawal(reader.GetString(0), reader.GetString(1), Time(reader, 2)!.Value, reader.GetString(3)));
            }

            return Task.FromResult<IReadOnlyList<ConsentWithdrawal>>(withdrawals);
        }
    }

    public Task RecordCrmPushAsync(CrmPush push, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(push);
        lock (_database.Gate)
        {
            var command = _database.Command(SendLedgerSql.InsertPush, "@key", "@channel", "@suggestion", "@rep", "@hcp", "@external", "@at");
            var p = command.Parameters;
            p["@key"].Value = push.Key;
            p["@channel"].Value = push.Channel;
            p["@suggestion"].Value = push.SuggestionId;
            p["@rep"].Value = push.Rep;
            p["@hcp"].Value = push.Hcp;
            p["@external"].Value = (object?)push.ExternalId ?? DBNull.Value;
            p["@at"].Value = Time(push.PushedAt);
            _database.Write(command);
            _database.Flush();
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlySet<string>> ListCrmPushKeysAsync(string channel, CancellationToken cancellationToken)
    {
        lock (_database.Gate)
        {
            var command = _database.Command(SendLedgerSql.SelectPushKeys, "@channel");
            command.Parameters["@channel"].Value = channel;
            var keys = new HashSet<string>(StringComparer.Ordinal);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                keys.Add(reader.GetString(0));
            }

            return Task.FromResult<IReadOnlySet<string>>(keys);
        }
    }

    public Task<IReadOnlyList<SendEntry>> ListForPieceAsync(string pieceUid, CancellationToken cancellationToken)
    {
        lock (_database.Gate)
        {
            return Task.FromResult<IReadOnlyList<SendEntry>>(Query($"{Select} WHERE piece_uid = $a ORDER BY rowid;", pieceUid));
        }
    }

    public Task<IReadOnlyList<SendEntry>> ListSentToAsync(string hcp, DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (_database.Gate)
        {
            return Task.FromResult<IReadOnlyList<SendEntry>>(
                Query($"{Select} WHERE hcp = $a AND sent_at >= $b ORDER BY sent_at, rowid;", hcp, Time(since)));
        }
    }

    public Task<IReadOnlyList<SendEntry>> ListSentSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (_database.Gate)
        {
            return Task.FromResult<IReadOnlyList<SendEntry>>(
                Query($"{Select} WHERE sent_at >= $a AND state IN ('Sent', 'Withdrawn') ORDER BY sent_at, rowid;", Time(since)));
        }
    }

    public Task<int> CountSentAsync(string channel, DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (_database.Gate)
        {
            var command = _database.Command("SELECT count(*) FROM sends WHERE channel = $a AND sent_at >= $b;", "$a", "$b");
            command.Parameters["$a"].Value = channel;
            command.Parameters["$b"].Value = Time(since);
            return Task.FromResult(Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture));
        }
    }

    private List<SendEntry> Query(string sql, string a, string? b = null)
    {
        var command = b is null ? _database.Command(sql, "$a") : _database.Command(sql, "$a", "$b");
        command.Parameters["$a"].Value = a;
        if (b is not null)
        {
            command.Parameters["$b"].Value = b;
        }

        var entries = new List<SendEntry>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            entries.Add(SendEntryRows.Read(reader, Time));
        }

        return entries;
    }

    /// <summary>UTC with a fixed-width format, so TEXT comparison orders times correctly.</summary>
    private static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset? Time(DbDataReader reader, int i) =>
        reader.IsDBNull(i) ? null : DateTimeOffset.Parse(reader.GetString(i), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
