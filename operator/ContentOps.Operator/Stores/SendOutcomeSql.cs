namespace ContentOps.Operator.Stores;

/// <summary>
/// The effect model's training query over the raw engagement events (same text for SQLite and PostgreSQL): one row per
/// delivered send (grouped by the send's idempotency key, else the channel's message id, else HCP × piece × channel),
/// with its delivery time and whether an opened, read or clicked event of it is stored.
/// </summary>
internal static class SendOutcomeSql
{
    public const string Query = """
        SELECT COALESCE(MIN(hcp), ''), MIN(piece_ref), MIN(channel), COALESCE(MIN(segment), ''), COALESCE(MIN(region), ''),
               MIN(CASE WHEN type = 'delivered' THEN occurred_at END) AS delivered_at,
               MAX(CASE WHEN type IN ('opened', 'read', 'clicked') THEN 1 ELSE 0 END) AS engaged
        FROM engagement_events
        WHERE type IN ('delivered', 'opened', 'read', 'clicked') AND piece_ref IS NOT NULL AND channel IS NOT NULL
        GROUP BY COALESCE(send_key, channel || '|' || COALESCE(message_id, COALESCE(hcp, event_id) || '|' || piece_ref))
        HAVING MIN(CASE WHEN type = 'delivered' THEN occurred_at END) IS NOT NULL
        ORDER BY delivered_at, 2, 1, 3;
        """;
}
