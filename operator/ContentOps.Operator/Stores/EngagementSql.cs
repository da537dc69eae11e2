namespace ContentOps.Operator.Stores;

/// <summary>
/// The engagement tables (created with IF NOT EXISTS beside the rest of the state): raw events keyed by the
/// source's event id (a repeat is dropped), daily aggregates per day × campaign × channel × segment × region × type
/// × piece × team × sentiment (what KPIs, reports and dashboards read, so a year for 100,000 HCPs stays small however
/// many raw events are pruned: its rows grow with pieces, segments and teams, never with HCPs), the doctors who did
/// each type at least once per campaign × piece × channel (what doctor KPIs count distinct: rows grow like the send
/// ledger, never with repeated events, and survive pruning; indexed so a campaign's distinct doctors are counted in SQL),
/// the daily aggregates summed over days (engagement_totals: what a campaign's KPIs read), and adverse-event flags, which are never aggregated or
/// pruned.
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
        CREATE TABLE IF NOT EXISTS engagement_hcps (
            campaign        TEXT NOT NULL,
            piece           TEXT NOT NULL,
            channel         TEXT NOT NULL,
            type            TEXT NOT NULL,
            hcp             TEXT NOT NULL,
            segment         TEXT NOT NULL,
            region          TEXT NOT NULL,
            team            TEXT NOT NULL,
            first_day       TEXT NOT NULL,
            PRIMARY KEY (campaign, piece, channel, type, hcp)
        );
        CREATE TABLE IF NOT EXISTS engagement_totals (
            campaign        TEXT NOT NULL,
            piece           TEXT NOT NULL,
            channel         TEXT NOT NULL,
            segment         TEXT NOT NULL,
            region          TEXT NOT NULL,
            team            TEXT NOT NULL,
            type            TEXT NOT NULL,
            sentiment       TEXT NOT NULL,
            events          BIGINT NOT NULL,
            read_through    DOUBLE PRECISION NOT NULL,
            dwell_seconds   DOUBLE PRECISION NOT NULL,
            PRIMARY KEY ({TotalsKey})
        );
        CREATE INDEX IF NOT EXISTS engagement_hcps_by_doctor ON engagement_hcps (campaign, hcp, type, channel);
        CREATE INDEX IF NOT EXISTS engagement_hcps_by_labels ON engagement_hcps (campaign, channel, segment, region, team, type, hcp);
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

    /// <summary>The doctor rows' columns, in the order of <see cref="InsertHcp"/>'s values.</summary>
    public const string HcpColumns = "campaign, piece, channel, type, hcp, segment, region, team, first_day";

    /// <summary>Both: a doctor's first time, kept at the earliest day when a late event arrives (@ or $ parameters).</summary>
    public static string InsertHcp(string earlier) =>
        $"INSERT INTO engagement_hcps ({HcpColumns}) VALUES (@campaign, @piece, @channel, @type, @hcp, @segment, @region, @team, @day) "
        + $"ON CONFLICT (campaign, piece, channel, type, hcp) DO UPDATE SET first_day = {earlier}(engagement_hcps.first_day, excluded.first_day);";

    /// <summary>
    /// Both: fills a new engagement_hcps from the raw events still retained (a state written before the table existed);
    /// <paramref name="day"/> is the database's expression for the UTC day of occurred_at.
    /// </summary>
    public static string BackfillHcps(string day) =>
        $"INSERT INTO engagement_hcps ({HcpColumns}) SELECT COALESCE(campaign, ''), COALESCE(piece_ref, ''), COALESCE(channel, ''), type, hcp, "
        + $"MIN(COALESCE(segment, '')), MIN(COALESCE(region, '')), MIN(COALESCE(team, '')), MIN({day}) FROM engagement_events WHERE hcp IS NOT NULL "
        + "GROUP BY COALESCE(campaign, ''), COALESCE(piece_ref, ''), COALESCE(channel, ''), type, hcp;";

    /// <summary>engagement_totals' key: the daily aggregate's without the day (a campaign's KPIs read it, not a year of days).</summary>
    public const string TotalsKey = "campaign, piece, channel, segment, region, team, type, sentiment";

    /// <summary>
    /// Both: adds events to the day-less totals (@ parameters; @events, @read, @dwell are the sums to add). Kept in the
    /// same transaction as the daily aggregate, so the two always agree.
    /// </summary>
    public const string AddToTotals =
        $"INSERT INTO engagement_totals ({TotalsKey}, events, read_through, dwell_seconds) "
        + "VALUES (@campaign, @piece, @channel, @segment, @region, @team, @type, @sentiment, @events, @read, @dwell) "
        + $"ON CONFLICT ({TotalsKey}) DO UPDATE SET events = engagement_totals.events + excluded.events, "
        + "read_through = engagement_totals.read_through + excluded.read_through, dwell_seconds = engagement_totals.dwell_seconds + excluded.dwell_seconds;";

    /// <summary>Both: fills a new engagement_totals from the daily aggregates (a state written before the table existed).</summary>
    public const string BackfillTotals =
        $"INSERT INTO engagement_totals ({TotalsKey}, events, read_through, dwell_seconds) "
        + $"SELECT {TotalsKey}, SUM(events), SUM(read_through), SUM(dwell_seconds) FROM engagement_daily GROUP BY {TotalsKey};";

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
