using System.Globalization;
using System.Text.Json;
using ContentOps.Core.Api;
using Microsoft.Data.Sqlite;

namespace ContentOps.Operator.Stores.Local;

/// <summary>The SQL of the resources table. Callers hold the database gate.</summary>
internal sealed class ResourceTable(StateDatabase database)
{
    private const string KeyFilter = "kind = $kind AND namespace = $ns AND name = $name";

    /// <summary>Every row with the JSON of its last declared object (deserialized by <see cref="ResourceCache.Load"/>).</summary>
    public List<(StoredResource Row, string LastDeclared)> LoadAll()
    {
        var rows = new List<(StoredResource, string)>();
        var command = database.Command(
            "SELECT kind, namespace, name, uid, generation, resource_version, spec_hash, declared_hash, creation_ts, "
            + "deletion_ts, finalizers, status, status_hash, source_revision, last_declared FROM resources;");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var kind = reader.GetString(0);
            rows.Add((new StoredResource(new ResourceKey(kind, reader.GetString(1), reader.GetString(2)), ResourceShape.OfKind(kind))
            {
                Uid = reader.GetString(3),
                Generation = reader.GetInt64(4),
                Version = reader.GetInt64(5),
                SpecHash = reader.GetString(6),
                DeclaredHash = reader.GetString(7),
                CreationTimestamp = ParseTime(reader.GetString(8)),
                DeletionTimestamp = reader.IsDBNull(9) ? null : ParseTime(reader.GetString(9)),
                Finalizers = JsonSerializer.Deserialize<string[]>(reader.GetString(10)) ?? [],
                StatusJson = reader.IsDBNull(11) ? null : reader.GetString(11),
                StatusHash = reader.IsDBNull(12) ? null : reader.GetString(12),
                SourceRevision = reader.IsDBNull(13) ? null : reader.GetString(13),
            }, reader.GetString(14)));
        }

        return rows;
    }

    public void Insert(StoredResource row, string lastDeclared)
    {
        var command = database.Command(
            "INSERT INTO resources (kind, namespace, name, uid, generation, resource_version, spec_hash, declared_hash, "
            + "creation_ts, deletion_ts, finalizers, status, status_hash, source_revision, last_declared) VALUES "
            + "($kind, $ns, $name, $uid, $gen, $rv, $spec, $decl, $created, NULL, $fin, NULL, NULL, $rev, $last);",
            "$kind", "$ns", "$name", "$uid", "$gen", "$rv", "$spec", "$decl", "$created", "$fin", "$rev", "$last");
        SetKey(command, row.Key);
        var p = command.Parameters;
        p["$uid"].Value = row.Uid;
        p["$gen"].Value = row.Generation;
        p["$rv"].Value = row.Version;
        p["$spec"].Value = row.SpecHash;
        p["$decl"].Value = row.DeclaredHash;
        p["$created"].Value = FormatTime(row.CreationTimestamp);
        p["$fin"].Value = JsonSerializer.Serialize(row.Finalizers);
        p["$rev"].Value = (object?)row.SourceRevision ?? DBNull.Value;
        p["$last"].Value = lastDeclared;
        database.Write(command);
    }

    /// <summary>Writes a new declaration (and clears a deletion when an object is declared again).</summary>
    public void UpdateDeclared(StoredResource row, string lastDeclared)
    {
        var command = database.Command(
            $"UPDATE resources SET generation = $gen, resource_version = $rv, spec_hash = $spec, declared_hash = $decl, "
            + $"deletion_ts = NULL, source_revision = $rev, last_declared = $last WHERE {KeyFilter};",
            "$kind", "$ns", "$name", "$gen", "$rv", "$spec", "$decl", "$rev", "$last");
        SetKey(command, row.Key);
        var p = command.Parameters;
        p["$gen"].Value = row.Generation;
        p["$rv"].Value = row.Version;
        p["$spec"].Value = row.SpecHash;
        p["$decl"].Value = row.DeclaredHash;
        p["$rev"].Value = (object?)row.SourceRevision ?? DBNull.Value;
        p["$last"].Value = lastDeclared;
        database.Write(command);
    }

    public void UpdateStatus(StoredResource row, string statusJson)
    {
        var command = database.Command(
            $"UPDATE resources SET resource_version = $rv, status = $status, status_hash = $hash WHERE {KeyFilter};",
            "$kind", "$ns", "$name", "$rv", "$status", "$hash");
        SetKey(command, row.Key);
        command.Parameters["$rv"].Value = row.Version;
        command.Parameters["$status"].Value = statusJson;
        command.Parameters["$hash"].Value = (object?)row.StatusHash ?? DBNull.Value;
        database.Write(command);
    }

    /// <summary>Writes finalizers and the deletion timestamp together: they decide together whether the row may go.</summary>
    public void UpdateLifecycle(StoredResource row)
    {
        var command = database.Command(
            $"UPDATE resources SET resource_version = $rv, finalizers = $fin, deletion_ts = $deleted WHERE {KeyFilter};",
            "$kind", "$ns", "$name", "$rv", "$fin", "$deleted");
        SetKey(command, row.Key);
        command.Parameters["$rv"].Value = row.Version;
        command.Parameters["$fin"].Value = JsonSerializer.Serialize(row.Finalizers);
        command.Parameters["$deleted"].Value = row.DeletionTimestamp is { } deleted ? FormatTime(deleted) : DBNull.Value;
        database.Write(command);
    }

    public void Delete(ResourceKey key)
    {
        var command = database.Command($"DELETE FROM resources WHERE {KeyFilter};", "$kind", "$ns", "$name");
        SetKey(command, key);
        database.Write(command);
    }

    public static string FormatTime(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static void SetKey(SqliteCommand command, ResourceKey key)
    {
        command.Parameters["$kind"].Value = key.Kind;
        command.Parameters["$ns"].Value = key.Namespace;
        command.Parameters["$name"].Value = key.Name;
    }
}
