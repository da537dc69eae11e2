using System.Data.Common;

namespace ContentOps.Operator.Stores;

/// <summary>
/// Reads a <see cref="SendEntry"/> from a row of <see cref="SendLedgerSql"/>'s column list, for both ledgers: they differ
/// only in how a time is stored (fixed-width UTC text in SQLite, timestamptz in PostgreSQL), which <c>time</c> reads.
/// </summary>
internal static class SendEntryRows
{
    public static SendEntry Read(DbDataReader r, Func<DbDataReader, int, DateTimeOffset?> time) => new()
    {
        IdempotencyKey = r.GetString(0),
        PieceUid = r.GetString(1),
        PieceRef = r.GetString(2),
        Hcp = r.GetString(3),
        Channel = r.GetString(4),
        ContentDigest = r.GetString(5),
        Segment = r.IsDBNull(6) ? null : r.GetString(6),
        State = r.GetString(7),
        ExternalId = r.IsDBNull(8) ? null : r.GetString(8),
        Attempts = r.GetInt32(9),
        LastError = r.IsDBNull(10) ? null : r.GetString(10),
        DeliveryStatus = r.IsDBNull(11) ? null : r.GetString(11),
        CreatedAt = time(r, 12)!.Value,
        DueAt = time(r, 13)!.Value,
        SentAt = time(r, 14),
        StoppedAt = time(r, 15),
        StopReason = r.IsDBNull(16) ? null : r.GetString(16),
    };
}
