using Microsoft.Data.Sqlite;

namespace ContentOps.Operator.Tests.TestSupport;

/// <summary>The publication ledger of a state folder as rows, read with plain SQL while no run holds the folder.</summary>
internal static class LedgerRows
{
    public static IReadOnlyList<(string Key, string Piece, string Channel, string State)> Read(string stateFolder)
    {
        var path = Path.Combine(stateFolder, "state.db");
        if (!File.Exists(path))
        {
            return [];
        }

        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT idempotency_key, piece_ref, channel, state FROM ledger ORDER BY rowid;";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string, string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return rows;
    }
}
