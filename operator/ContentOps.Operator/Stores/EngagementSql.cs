namespace ContentOps.Operator.Stores;

/// <summary>
/// The engagement tables (created with IF NOT EXISTS beside the rest of the state): raw events keyed by the
/// source's event id (a repeat is dropped), daily aggregates per day × campaign × channel × segment × region × type
/// × piece × team × sentiment (what KPIs, reports and dashboards read, so a year for 100,000 HCPs stays small however
/// many raw events are pruned: its rows grow with pieces, segments and teams, never with HCPs), and adverse-event
/// flags, which are never aggregated or pruned.
/// </summary>
internal static class EngagementSql
{
    public static string Schema(string timeType) => $"""
        CREATE TABLE IF NOT EXISTS engagement_events (
            event_id        TEXT PRIMARY KEY,
            type            TEXT NOT NULL,
            occurred_at     {timeType} NOT NULL,
            received_at     {timeType} NOT NULL,
            send_key        TEXT,
            message_id      TEXT,
            channel         TEXT,
            hcp             TEXT,
            piece_ref       TEXT,
            campaign        TEXT,
            segment         TEXT,
            region          TEXT,
            read_through    DOUBLE PRECISION,
            dwell_seconds   DOUBLE PRECISION,
            sentiment       TEXT,
            text            TEXT,
            team            TEXT
        );
        CREATE INDEX IF NOT EXISTS engagement_events_by_send ON engagement_events (send_key);
        CREATE INDEX IF NOT EXISTS engagement_events_by_time ON engagement_events (occurred_at);
        CREATE TABLE IF NOT EXISTS engagement_daily (
            day             TEXT NOT NULL,
            campaign        TEXT NOT NULL,
            channel         TEXT NOT NULL,
            segment         TEXT NOT NULL,
            region          TEXT NOT NULL,
            type            TEXT NOT NULL,
            events          BIGINT NOT NULL,
            read_through    DOUBLE PRECISION NOT NULL,
            dwell_seconds   DOUBLE PRECISION NOT NULL,
            piece           TEXT NOT NULL DEFAULT '',
            team            TEXT NOT NULL DEFAULT '',
            sentiment       TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (day, campaign, channel, segment, region, type, piece, team, sentiment)
        );
        CREATE TABLE IF NOT EXISTS adverse_event_flags (
            event_id        TEXT PRIMARY KEY,
            occurred_at     {timeType} NOT NULL,
            flagged_at      {timeType} NOT NULL,
            channel         TEXT,
            hcp             TEXT,
            piece_ref       TEXT,
            campaign        TEXT,
            product         TEXT,
            symptoms        TEXT NOT NULL,
            serious         INTEGER NOT NULL,
            text            TEXT NOT NULL
        );
        """;

    /// <summary>The aggregate's key columns, in the order of its primary key.</summary>
    public const string DailyKey = "day, campaign, channel, segment, region, type, piece, team, sentiment";

    /// <summary>
    /// SQLite: moves an engagement_daily of the first schema (without piece, team and sentiment) aside before
    /// <see cref="Schema"/> creates the new table; <see cref="SqliteUpgradeCopy"/> then copies its rows (the primary key
    /// changes, which SQLite cannot alter in place).
    /// </summary>
    public const string SqliteUpgradeMoveAside = "ALTER TABLE engagement_daily RENAME TO engagement_daily_v1;";

    /// <summary>SQLite: the rows of the first schema into the new table (piece, team and sentiment empty).</summary>
    public const string SqliteUpgradeCopy = """
        INSERT INTO engagement_daily (day, campaign, channel, segment, region, type, events, read_through, dwell_seconds)
            SELECT day, campaign, channel, segment, region, type, events, read_through, dwell_seconds FROM engagement_daily_v1;
        DROP TABLE engagement_daily_v1;
        """;

    /// <summary>Both: the raw table of the first schema gains the rep team (appended, so positional inserts match).</summary>
    public const string UpgradeEventsTeam = "ALTER TABLE engagement_events ADD COLUMN team TEXT;";

    /// <summary>PostgreSQL: the first schema's table gains piece, team and sentiment and the wider primary key in place.</summary>
    public const string PostgresUpgrade = """
        ALTER TABLE engagement_daily ADD COLUMN IF NOT EXISTS piece TEXT NOT NULL DEFAULT '',
            ADD COLUMN IF NOT EXISTS team TEXT NOT NULL DEFAULT '', ADD COLUMN IF NOT EXISTS sentiment TEXT NOT NULL DEFAULT '';
        ALTER TABLE engagement_daily DROP CONSTRAINT IF EXISTS engagement_daily_pkey;
        ALTER TABLE engagement_daily ADD PRIMARY KEY (day, campaign, channel, segment, region, type, piece, team, sentiment);
        """;
}
