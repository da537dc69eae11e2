using Microsoft.Data.Sqlite;

namespace ContentOps.Operator.Tests.TestSupport;

/// <summary>The per-HCP send ledger of a state folder as rows, read with plain SQL while no run holds the folder.</summary>
internal static class SendRows
{
    public static IReadOnlyList<(string Key, string Hcp, string Channel, string State, string? ExternalId)> Read(string stateFolder)
    {
        var path = Path.Combine(stateFolder, "state.db");
        if (!File.Exists(path))
        {
            return [];
        }

        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'sends';";
        if (Convert.ToInt32(exists.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return [];
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT idempotency_key, hcp, channel, state, external_id FROM sends ORDER BY rowid;";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string, string, string, string?)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return rows;
    }
}
