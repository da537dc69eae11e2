using Microsoft.Data.Sqlite;

namespace ContentOps.Operator.Stores.Local;

/// <summary>The audit log in state.db: insert-only, ordered by an AUTOINCREMENT id (never reused, even after a crash).</summary>
internal sealed class SqliteAuditLog(StateDatabase database) : IAuditLog
{
    private const string Columns = "time, resource, action, actor, message, generation, source_revision, spec_digest, content_digest";

    public Task AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (database.Gate)
        {
            var command = database.Command(
                $"INSERT INTO audit ({Columns}) VALUES ($time, $resource, $action, $actor, $message, $gen, $rev, $spec, $content);",
                "$time", "$resource", "$action", "$actor", "$message", "$gen", "$rev", "$spec", "$content");
            var p = command.Parameters;
            p["$time"].Value = ResourceTable.FormatTime(record.Time);
            p["$resource"].Value = record.Resource;
            p["$action"].Value = record.Action;
            p["$actor"].Value = record.Actor;
            p["$message"].Value = record.Message;
            p["$gen"].Value = (object?)record.Generation ?? DBNull.Value;
            p["$rev"].Value = (object?)record.SourceRevision ?? DBNull.Value;
            p["$spec"].Value = (object?)record.SpecDigest ?? DBNull.Value;
            p["$content"].Value = (object?)record.ContentDigest ?? DBNull.Value;
            database.Write(command);
            return Task.CompletedTask;
        }
    }

    /// <summary>The newest <paramref name="limit"/> records (all when limit ≤ 0), returned oldest first.</summary>
    public Task<IReadOnlyList<AuditRecord>> ReadAsync(string? resourceRef, int limit, CancellationToken cancellationToken)
    {
        lock (database.Gate)
        {
            // Two statements rather than "$resource IS NULL OR ...", so the per-resource read uses its index.
            var filter = resourceRef is null ? "" : "WHERE resource = $resource ";
            var command = database.Command(
                $"SELECT {Columns} FROM (SELECT id, {Columns} FROM audit {filter}ORDER BY id DESC LIMIT $limit) ORDER BY id;",
                "$resource", "$limit");
            command.Parameters["$resource"].Value = (object?)resourceRef ?? DBNull.Value;
            command.Parameters["$limit"].Value = limit > 0 ? limit : -1;
            var records = new List<AuditRecord>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                records.Add(Read(reader));
            }

            return Task.FromResult<IReadOnlyList<AuditRecord>>(records);
        }
    }

    private static AuditRecord Read(SqliteDataReader reader) => new()
    {
        Time = ResourceTable.ParseTime(reader.GetString(0)),
        Resource = reader.GetString(1),
        Action = reader.GetString(2),
        Actor = reader.GetString(3),
        Message = reader.GetString(4),
        Generation = reader.IsDBNull(5) ? null : reader.GetInt64(5),
        SourceRevision = reader.IsDBNull(6) ? null : reader.GetString(6),
        SpecDigest = reader.IsDBNull(7) ? null : reader.GetString(7),
        ContentDigest = reader.IsDBNull(8) ? null : reader.GetString(8),
    };
}
