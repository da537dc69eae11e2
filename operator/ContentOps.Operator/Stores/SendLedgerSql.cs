namespace ContentOps.Operator.Stores;

/// <summary>
/// The one schema of the send ledger, shared by SQLite and PostgreSQL: the same table, columns and indexes (times are
/// TEXT in SQLite, timestamptz in PostgreSQL). Created with IF NOT EXISTS beside whatever else the database holds.
/// </summary>
internal static class SendLedgerSql
{
    public const string Columns =
        "idempotency_key, piece_uid, piece_ref, hcp, channel, content_digest, segment, state, external_id, attempts, last_error, "
        + "delivery_status, created_at, due_at, sent_at, stopped_at, stop_reason";

    /// <summary>The DDL with the database's time type.</summary>
    public static string Schema(string timeType) => $"""
        CREATE TABLE IF NOT EXISTS sends (
            idempotency_key TEXT PRIMARY KEY,
            piece_uid       TEXT NOT NULL,
            piece_ref       TEXT NOT NULL,
            hcp             TEXT NOT NULL,
            channel         TEXT NOT NULL,
            content_digest  TEXT NOT NULL,
            segment         TEXT,
            state           TEXT NOT NULL,
            external_id     TEXT,
            attempts        INTEGER NOT NULL DEFAULT 0,
            last_error      TEXT,
            delivery_status TEXT,
            created_at      {timeType} NOT NULL,
            due_at          {timeType} NOT NULL,
            sent_at         {timeType},
            stopped_at      {timeType},
            stop_reason     TEXT
        );
        CREATE INDEX IF NOT EXISTS sends_by_piece ON sends (piece_uid);
        CREATE INDEX IF NOT EXISTS sends_by_hcp ON sends (hcp, sent_at);
        CREATE INDEX IF NOT EXISTS sends_by_channel ON sends (channel, sent_at);
        CREATE INDEX IF NOT EXISTS sends_by_external_id ON sends (channel, external_id);
        CREATE TABLE IF NOT EXISTS consent_withdrawals (
            hcp             TEXT NOT NULL,
            consent_channel TEXT NOT NULL,
            withdrawn_at    {timeType} NOT NULL,
            source          TEXT NOT NULL,
            PRIMARY KEY (hcp, consent_channel)
        );
        CREATE TABLE IF NOT EXISTS crm_pushes (
            push_key      TEXT PRIMARY KEY,
            channel       TEXT NOT NULL,
            suggestion_id TEXT NOT NULL,
            rep           TEXT NOT NULL,
            hcp           TEXT NOT NULL,
            external_id   TEXT,
            pushed_at     {timeType} NOT NULL
        );
        """;

    /// <summary>Records a pushed item once (@key, @channel, @suggestion, @rep, @hcp, @external, @at).</summary>
    public const string InsertPush =
        "INSERT INTO crm_pushes (push_key, channel, suggestion_id, rep, hcp, external_id, pushed_at) "
        + "VALUES (@key, @channel, @suggestion, @rep, @hcp, @external, @at) ON CONFLICT (push_key) DO NOTHING;";

    public const string SelectPushKeys = "SELECT push_key FROM crm_pushes WHERE channel = @channel;";

    /// <summary>Adds or moves a withdrawal to the later time (named parameters @hcp, @channel, @at, @source; SQLite takes them as $ too).</summary>
    public const string UpsertWithdrawal =
        "INSERT INTO consent_withdrawals (hcp, consent_channel, withdrawn_at, source) VALUES (@hcp, @channel, @at, @source) "
        + "ON CONFLICT (hcp, consent_channel) DO UPDATE SET withdrawn_at = excluded.withdrawn_at, source = excluded.source "
        + "WHERE excluded.withdrawn_at > consent_withdrawals.withdrawn_at;";

    public const string SelectWithdrawals = "SELECT hcp, consent_channel, withdrawn_at, source FROM consent_withdrawals ORDER BY hcp, consent_channel;";
}
