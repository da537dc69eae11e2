namespace ContentOps.Operator.Stores;

/// <summary>
/// The engagement tables (created with IF NOT EXISTS beside the rest of the state): raw events keyed by the
/// source's event id (a repeat is dropped), daily aggregates per day × campaign × channel × segment × region × type
/// (what KPIs and dashboards read, so a year for 100,000 HCPs stays a few hundred thousand rows however many raw
/// events are pruned), and adverse-event flags, which are never aggregated or pruned.
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
            text            TEXT
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
            PRIMARY KEY (day, campaign, channel, segment, region, type)
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
}
