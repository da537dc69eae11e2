using ContentOps.Operator.Stores.Local;
using ContentOps.Operator.Tests.Stores.Local;
using Microsoft.Data.Sqlite;

namespace ContentOps.Operator.Tests.Stores.Engagement;

/// <summary>A state.db written before the aggregate had piece, team and sentiment keeps its rows when opened.</summary>
public sealed class SqliteEngagementUpgradeTests : IDisposable
{
    private readonly TempStateFolder _folder = new();

    [Fact]
    public async Task OpeningAFirstSchemaState_AddsTheNewColumns_AndKeepsTheAggregatedRows()
    {
        Directory.CreateDirectory(_folder.Path);
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(_folder.Path, LocalStateStore.DatabaseFileName)};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE engagement_events (event_id TEXT PRIMARY KEY, type TEXT NOT NULL, occurred_at TEXT NOT NULL, received_at TEXT NOT NULL,
                    send_key TEXT, message_id TEXT, channel TEXT, hcp TEXT, piece_ref TEXT, campaign TEXT, segment TEXT, region TEXT,
                    read_through DOUBLE PRECISION, dwell_seconds DOUBLE PRECISION, sentiment TEXT, text TEXT);
                CREATE TABLE engagement_daily (day TEXT NOT NULL, campaign TEXT NOT NULL, channel TEXT NOT NULL, segment TEXT NOT NULL,
                    region TEXT NOT NULL, type TEXT NOT NULL, events BIGINT NOT NULL, read_through DOUBLE PRECISION NOT NULL,
                    dwell_seconds DOUBLE PRECISION NOT NULL, PRIMARY KEY (day, campaign, channel, segment, region, type));
                INSERT INTO engagement_daily VALUES ('2026-12-01', 'diabetes/klp-launch-2026', 'diabetes/approved-email', '', '江苏', 'opened', 7, 0, 0);
                """;
            command.ExecuteNonQuery();
        }

        using var state = LocalStateStore.Open(_folder.Path);
        await state.Events.AppendAsync([new Core.Analytics.Events.EngagementEvent
        {
            Id = "new", Type = Core.Analytics.Events.EngagementEventType.Opened, OccurredAt = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero),
            MessageId = "m", Channel = "diabetes/approved-email", Campaign = "diabetes/klp-launch-2026", Region = "江苏", Team = "江苏一组",
        }], null, DateTimeOffset.UnixEpoch, default);

        var days = await state.Events.DailyAsync(DateOnly.MinValue, DateOnly.MaxValue, default);
        Assert.Equal([("", 7L), ("江苏一组", 1L)], days.Select(d => (d.Team, d.Events)).OrderBy(d => d.Team, StringComparer.Ordinal));
        var campaign = await state.Events.CampaignAsync(new Core.Analytics.Kpis.CampaignScope("diabetes", "klp-launch-2026", []), [], default);
        Assert.Equal(8, campaign.Counts.Sum(c => c.Events));
    }

    public void Dispose() => _folder.Dispose();
}
