using ContentOps.Operator.Stores.Local;
using ContentOps.Operator.Tests.Stores.Local;
using Microsoft.Data.Sqlite;

namespace ContentOps.Operator.Tests.Stores.Engagement;

/// <summary>Attribution by send reference searches the doctor's sends, never every send of the channel.</summary>
public sealed class SqliteAttributionPlanTests : IDisposable
{
    private readonly TempStateFolder _folder = new();

    [Fact]
    public void AttributionBySendReference_SearchesTheHcpIndex_NotTheChannelsSends()
    {
        LocalStateStore.Open(_folder.Path).Dispose();
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder.Path, LocalStateStore.DatabaseFileName)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"EXPLAIN QUERY PLAN SELECT idempotency_key FROM sends WHERE {SqliteEngagementStore.ByReference} LIMIT 1;";
        foreach (var name in new[] { "$a", "$b", "$c", "$d" })
        {
            command.Parameters.AddWithValue(name, "x");
        }

        using var reader = command.ExecuteReader();
        var plan = new List<string>();
        while (reader.Read())
        {
            plan.Add(reader.GetString(3));
        }

        Assert.Contains(plan, step => step.Contains("sends_by_hcp", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("sends_by_channel", StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Dispose();
}
