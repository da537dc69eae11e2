using ContentOps.Core.Analytics.Events;
using ContentOps.Core.Analytics.Kpis;
using ContentOps.Operator.Analytics.Kpis;
using CsCheck;

namespace ContentOps.Operator.Tests.Stores.Engagement;

/// <summary>The SQL aggregation of a campaign agrees with the computation in memory over every row, on random events.</summary>
public abstract partial class EngagementStoreContract
{
    private static int _scenario;

    [Fact]
    public async Task CampaignAggregationInSql_EqualsTheComputationInMemory_OnRandomEvents()
    {
        var state = await OpenAsync();
        await Gen.Int.SampleAsync(
            async seed =>
            {
                // Each scenario has its own namespace, campaign and pieces, so earlier scenarios in the same database stay out of its scope.
                var n = Interlocked.Increment(ref _scenario);
                var ns = $"ns{n}";
                var pieces = new[] { $"{ns}/p0", $"{ns}/p1", $"{ns}/p2" };
                var events = RandomEvents(new Random(seed), ns, $"camp{n}", pieces);
                foreach (var batch in events.Chunk(Math.Max(1, events.Count / 3)))
                {
                    await state.Events.AppendAsync(batch, null, _t0.AddDays(20), default);
                }

                var scope = new CampaignScope(ns, $"camp{n}", pieces.Take(2));
                string?[] channels = [null, "email", "sms"];
                var rows = scope.Of(new EngagementSlice(CampaignKpis.ToCounts(await state.Events.DailyAsync(DateOnly.MinValue, DateOnly.MaxValue, default)), await state.Events.HcpsAsync(default)));
                var memory = CampaignEngagement.Of(rows, scope, channels);

                var sql = await state.Events.CampaignAsync(scope, channels, default);

                Assert.Equal(Rounded(memory.Counts), Rounded(sql.Counts));
                foreach (var channel in channels)
                {
                    var key = channel ?? CampaignEngagement.AllChannels;
                    Assert.Equal(memory.DoctorsByChannel[key].OrderBy(p => p.Key, StringComparer.Ordinal), sql.DoctorsByChannel[key].OrderBy(p => p.Key, StringComparer.Ordinal));
                }

                Assert.Equal(CampaignEngagement.Groups(rows), await state.Events.DoctorGroupsAsync(scope, default));
                Assert.Equal(PredictedVersusActual.Units(rows), await state.Events.ReachedAsync(scope, default));
            },
            iter: 25);
    }

    private static IEnumerable<(string, string, string, string, string, string, string, string, long, double)> Rounded(IEnumerable<EngagementCount> counts) =>
        counts.Select(c => (c.Campaign, c.Piece, c.Channel, c.Segment, c.Region, c.Team, c.Type, c.Sentiment, c.Events, Math.Round(c.ReadThroughSum, 6)));

    /// <summary>
    /// Events naming the campaign (with or without its namespace), another campaign, or none but a piece (declared or
    /// not); channels bare and with the namespace; doctors that repeat across pieces, channels and types; repeated ids.
    /// </summary>
    private static List<EngagementEvent> RandomEvents(Random random, string ns, string campaign, string[] pieces)
    {
        EngagementEventType[] types = [EngagementEventType.Delivered, EngagementEventType.Delivered, EngagementEventType.Opened, EngagementEventType.Clicked, EngagementEventType.Read, EngagementEventType.Registered, EngagementEventType.RepFeedback];
        string[] campaigns = [$"{ns}/{campaign}", campaign, "", "", $"{ns}/other"];
        string[] channels = [$"{ns}/email", "email", $"{ns}/sms", "sms"];
        T Pick<T>(T[] values) => values[random.Next(values.Length)];
        string? Maybe(string value) => random.Next(4) == 0 ? null : value;
        var count = random.Next(0, 80);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var type = Pick(types);
            return new EngagementEvent
            {
                Id = $"{ns}-e{random.Next(count + 1)}",
                Type = type,
                OccurredAt = _t0.AddDays(random.Next(10)).AddHours(random.Next(24)),
                Campaign = Pick(campaigns) is { Length: > 0 } c ? c : null,
                Piece = Maybe(Pick(pieces)),
                Channel = Maybe(Pick(channels)),
                Hcp = Maybe($"h{random.Next(8)}"),
                Segment = Maybe($"s{random.Next(2)}"),
                Region = Maybe($"r{random.Next(2)}"),
                Team = Maybe($"t{random.Next(2)}"),
                ReadThrough = type == EngagementEventType.Read ? Math.Round(random.NextDouble(), 3) : null,
            };
        })];
    }
}
