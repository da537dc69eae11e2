using System.Data.Common;
using System.Globalization;
using ContentOps.Core.Api.Audiences;
using ContentOps.Core.Distribution.Profiles;
using Npgsql;

namespace ContentOps.Operator.Distribution;

/// <summary>
/// Reads HCP profiles from a PostgreSQL table or query (a company's HCP master data). Result columns are matched to
/// profile columns case-insensitively (PostgreSQL folds unquoted names to lower case). Bad rows are reported by
/// their id. Errors never carry the connection string.
/// </summary>
internal static class PostgresProfileReader
{
    public static async Task<ProfileReadResult> ReadAsync(string connectionString, PostgresProfileSource source, CancellationToken cancellationToken)
    {
        var display = source.Table is { Length: > 0 } t ? $"table {t}" : "query";
        string sql;
        if (source.Query is { Length: > 0 } query)
        {
            sql = query;
        }
        else if (source.Table is { Length: > 0 } table)
        {
            sql = $"SELECT * FROM {QuoteName(table)}";
        }
        else
        {
            return ProfileReadResult.Failed("spec.profiles.postgres: set table or query");
        }

        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                index.TryAdd(reader.GetName(i), i);
            }
            var missing = ProfileColumns.Required.Where(c => !index.ContainsKey(c)).ToList();
            if (missing.Count > 0)
            {
                return ProfileReadResult.Failed($"{display}: missing required column{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing)}; select {(missing.Count == 1 ? "it" : "them")} (use AS to rename)");
            }

            var rows = new ProfileRowCollector();
            var number = 0;
            while (await reader.ReadAsync(cancellationToken))
            {
                number++;
                var values = new string?[reader.FieldCount];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = Text(reader, i);
                }
                var id = index.TryGetValue("id", out var idColumn) ? values[idColumn] : null;
                var location = $"{display} row {(string.IsNullOrEmpty(id) ? $"#{number}" : $"id={id}")}";
                rows.Add(location, name => index.TryGetValue(name, out var i) ? values[i] : null);
            }
            return rows.Result();
        }
        catch (DbException e)
        {
            return ProfileReadResult.Failed($"{display}: PostgreSQL refused the read ({e.GetType().Name}: {SafeMessage(e)}); check the table or query and the connection secret");
        }
    }

    private static string? Text(DbDataReader reader, int i)
    {
        if (reader.IsDBNull(i))
        {
            return null;
        }
        return reader.GetValue(i) switch
        {
            bool b => b ? "true" : "false",
            DateTime { Kind: DateTimeKind.Utc } d => new DateTimeOffset(d).ToString("O", CultureInfo.InvariantCulture),
            // date and timestamp without time zone carry no offset: the mapper reads them in China time, as CSV dates.
            DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTimeOffset o => o.ToString("O", CultureInfo.InvariantCulture),
            string[] list => string.Join(';', list),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };
    }

    /// <summary>A table name, optionally schema-qualified, quoted part by part.</summary>
    private static string QuoteName(string table) =>
        string.Join('.', table.Split('.').Select(part => "\"" + part.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    /// <summary>PostgreSQL's message without anything from the connection (host, user, password).</summary>
    private static string SafeMessage(DbException e) => e is PostgresException pg ? pg.MessageText : "connection failed";
}
