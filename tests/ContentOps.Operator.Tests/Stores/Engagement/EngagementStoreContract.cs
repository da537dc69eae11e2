using System.Diagnostics;
using ContentOps.Core.Analytics.Comments;
using ContentOps.Core.Analytics.Events;
using ContentOps.Operator.Stores;
using Xunit.Abstractions;

namespace ContentOps.Operator.Tests.Stores.Engagement;

/// <summary>The one set of engagement-store tests, run against SQLite (state.db) and a real PostgreSQL.</summary>
public abstract partial class EngagementStoreContract(ITestOutputHelper output)
{
    private static readonly DateTimeOffset _t0 = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The store under test and the send ledger beside it (same database).</summary>
    private protected abstract Task<(IEngagementStore Events, ISendLedger Sends)> OpenAsync();

    /// <summary>"SQLite" or "PostgreSQL", for the throughput line.</summary>
    protected abstract string Database { get; }

    private static EngagementEvent Event(string id, EngagementEventType type = EngagementEventType.Opened, DateTimeOffset? at = null, string? key = "k1", string? message = null, string? text = null) => new()
    {
        Id = id,
        Type = type,
        OccurredAt = at ?? _t0,
        IdempotencyKey = key,
        MessageId = message,
        Channel = message is null ? null : "diabetes/approved-email",
        Campaign = "diabetes/klp-launch-2026",
        Region = "江苏",
        Text = text,
    };

    [Fact]
    public async Task Append_IgnoresRepeatedEventIds_InABatchAndAcrossImports()
    {
        var state = await OpenAsync();

        var first = await state.Events.AppendAsync([Event("e1"), Event("e1"), Event("e2")], null, _t0, default);
        var again = await state.Events.AppendAsync([Event("e1"), Event("e2")], null, _t0, default);

        Assert.Equal((2, 1), (first.Accepted, first.Duplicates));
        Assert.Equal((0, 2), (again.Accepted, again.Duplicates));
        Assert.Equal(2, Assert.Single(await state.Events.DailyAsync(DateOnly.FromDateTime(_t0.UtcDateTime), DateOnly.FromDateTime(_t0.UtcDateTime), default)).Events);
    }

    [Fact]
    public async Task DailyAggregate_KeepsPieceTeamAndCommentSentiment_ApartPerValue()
    {
        var state = await OpenAsync();
        var piece = Event("p1", key: null, message: "m-1") with { Piece = "diabetes/klp-email-launch", Team = "江苏一组" };
        var comment = Event("c1", EngagementEventType.Comment, key: null, message: "m-2", text: "内容很实用，数据很扎实，很有帮助") with { Team = "江苏二组" };

        await state.Events.AppendAsync([piece, comment], new CommentAnalyzer([]).Analyze, _t0, default);

        var days = await state.Events.DailyAsync(DateOnly.MinValue, DateOnly.MaxValue, default);
        Assert.Contains(days, d => d.Type == "opened" && d.Piece == "diabetes/klp-email-launch" && d.Team == "江苏一组" && d.Sentiment == "");
        Assert.Contains(days, d => d.Type == "comment" && d.Team == "江苏二组" && d.Sentiment == "positive");
    }

    [Fact]
    public async Task LateAndOutOfOrderEvents_CountOnTheDayTheyHappened()
    {
        var state = await OpenAsync();

        await state.Events.AppendAsync([Event("today", at: _t0.AddDays(3))], null, _t0.AddDays(3), default);
        await state.Events.AppendAsync([Event("late", at: _t0), Event("later-still", EngagementEventType.Read, _t0.AddHours(1)) with { ReadThrough = 0.5, DwellSeconds = 90 }], null, _t0.AddDays(5), default);

        var days = await state.Events.DailyAsync(DateOnly.FromDateTime(_t0.UtcDateTime), DateOnly.FromDateTime(_t0.UtcDateTime.AddDays(3)), default);
        Assert.Equal([(_t0.Day, "opened", 1L), (_t0.Day, "read", 1L), (_t0.Day + 3, "opened", 1L)], days.Select(d => (d.Day.Day, d.Type, d.Events)));
        Assert.Equal((0.5, 90.0), (days[1].ReadThroughSum, days[1].DwellSecondsSum));
    }

    [Fact]
    public async Task Events_AreAttributedToTheirSend_ByIdempotencyKeyOrByMessageId()
    {
        var state = await OpenAsync();
        await state.Sends.RecordIntentsAsync([new SendEntry
        {
            IdempotencyKey = "k1", PieceUid = "uid-1", PieceRef = "diabetes/klp-email-launch", Hcp = "hcp-0001", Channel = "diabetes/approved-email",
            ContentDigest = "sha256:abc", Segment = "tier3-endocrinology", CreatedAt = _t0, DueAt = _t0,
        }], default);
        await state.Sends.RecordReceiptsAsync([new SendReceiptRecord("k1", "<m1@mail>", _t0)], default);

        var result = await state.Events.AppendAsync([Event("by-key"), Event("by-message", key: null, message: "<m1@mail>"), Event("unknown", key: "nope")], null, _t0, default);

        Assert.Equal((3, 2), (result.Accepted, result.Attributed));
        var day = Assert.Single(await state.Events.DailyAsync(DateOnly.MinValue, DateOnly.MaxValue, default), d => d.Segment == "tier3-endocrinology");
        Assert.Equal(("diabetes/approved-email", 2L), (day.Channel, day.Events));
    }

    /// <summary>A send whose segment names it, so the daily aggregate shows which send an event went to.</summary>
    private static SendEntry Send(string key, string hcp) => new()
    {
        IdempotencyKey = key,
        PieceUid = "uid-1",
        PieceRef = "diabetes/klp-email-launch",
        Hcp = hcp,
        Channel = "diabetes/approved-email",
        ContentDigest = "sha256:" + key,
        Segment = "segment-of-" + key,
        CreatedAt = _t0,
        DueAt = _t0,
    };

    private static EngagementEvent ByReference(string id, string hcp, DateTimeOffset at, EngagementEventType type = EngagementEventType.Opened) =>
        Event(id, type, at, key: null) with { Piece = "diabetes/klp-email-launch", Hcp = hcp, Channel = "diabetes/approved-email" };

    [Fact]
    public async Task Events_AreAttributedBySendReference_ToTheLatestSendByTheirTime_ElseTheFirst()
    {
        var state = await OpenAsync();
        await state.Sends.RecordIntentsAsync([Send("old", "hcp-0001"), Send("new", "hcp-0001")], default);
        await state.Sends.RecordReceiptsAsync([new SendReceiptRecord("old", "<old@mail>", _t0.AddDays(1)), new SendReceiptRecord("new", "<new@mail>", _t0.AddDays(3))], default);

        var result = await state.Events.AppendAsync(
            [ByReference("after-new", "hcp-0001", _t0.AddDays(4)), ByReference("between", "hcp-0001", _t0.AddDays(2)), ByReference("before-all", "hcp-0001", _t0), ByReference("stranger", "hcp-0999", _t0)],
            null, _t0.AddDays(5), default);

        Assert.Equal((4, 3), (result.Accepted, result.Attributed));
        var days = await state.Events.DailyAsync(DateOnly.MinValue, DateOnly.MaxValue, default);
        Assert.Equal(2, days.Where(d => d.Segment == "segment-of-old").Sum(d => d.Events));
        Assert.Equal(1, days.Where(d => d.Segment == "segment-of-new").Sum(d => d.Events));
    }

    [Fact]
    public async Task Doctors_CountOncePerPieceChannelAndType_HoweverOftenTheyEngage_AndKeepTheirFirstDay()
    {
        var state = await OpenAsync();
        await state.Events.AppendAsync([ByReference("o1", "hcp-0001", _t0.AddDays(2)), ByReference("o2", "hcp-0001", _t0.AddDays(3)), ByReference("o3", "hcp-0002", _t0)], null, _t0.AddDays(5), default);
        await state.Events.AppendAsync([ByReference("late", "hcp-0001", _t0), ByReference("d1", "hcp-0001", _t0, EngagementEventType.Delivered), Event("anonymous", key: "nope")], null, _t0.AddDays(6), default);

        var doctors = await state.Events.HcpsAsync(default);

        Assert.Equal([("delivered", "hcp-0001"), ("opened", "hcp-0001"), ("opened", "hcp-0002")], doctors.Select(d => (d.Type, d.Hcp)).Order());
        Assert.All(doctors, d => Assert.Equal(DateOnly.FromDateTime(_t0.UtcDateTime), d.FirstDay));
        Assert.All(doctors, d => Assert.Equal(("diabetes/klp-launch-2026", "diabetes/klp-email-launch", "江苏"), (d.Campaign, d.Piece, d.Region)));
    }

    [Fact]
    public async Task AnAdverseEventComment_IsFlaggedWithTextAndTime_AndSurvivesPruning()
    {
        var analyzer = new CommentAnalyzer(["康力平"]);
        var state = await OpenAsync();
        const string Report = "我有个患者服用康力平两周后全身起皮疹，已经停药了。";

        var result = await state.Events.AppendAsync(
            [Event("c1", EngagementEventType.Comment, text: Report), Event("c2", EngagementEventType.Comment, text: "文章写得很清楚，感谢分享！")], analyzer.Analyze, _t0.AddMinutes(5), default);
        var pruned = await state.Events.PruneAsync(_t0.AddDays(1), default);

        Assert.Equal((2, 1, 2), (result.AdverseEvents == 1 ? 2 : 0, result.AdverseEvents, pruned));
        var flag = Assert.Single(await state.Events.AdverseEventsAsync(default));
        Assert.Equal((Report, _t0, _t0.AddMinutes(5), "康力平"), (flag.Text, flag.OccurredAt, flag.FlaggedAt, flag.Product));
        Assert.Equal(2, (await state.Events.DailyAsync(DateOnly.MinValue, DateOnly.MaxValue, default)).Sum(d => d.Events));
    }

    [Fact]
    public async Task ABurstOf100000Events_IsStoredCompletely_InOneBatch()
    {
        var state = await OpenAsync();
        var types = Enum.GetValues<EngagementEventType>().Where(t => t != EngagementEventType.Comment).ToArray();
        var events = Enumerable.Range(0, 100_000).Select(i => Event($"burst-{i}", types[i % types.Length], _t0.AddMinutes(-(i % 10_000)), key: $"k{i % 5_000}") with { Segment = $"s{i % 4}" }).ToList();

        var watch = Stopwatch.StartNew();
        var result = await state.Events.AppendAsync(events, null, _t0, default);
        watch.Stop();

        output.WriteLine($"100,000 events into {Database} in {watch.Elapsed.TotalSeconds:F2} s: {100_000 / watch.Elapsed.TotalSeconds:N0} events/s");
        Assert.Equal(100_000, result.Accepted);
        Assert.Equal(100_000, (await state.Events.DailyAsync(DateOnly.MinValue, DateOnly.MaxValue, default)).Sum(d => d.Events));
        // A sanity bound only: the shared build machine runs at load averages of 40+, where this takes 30–90 s.
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(5), $"took {watch.Elapsed}");
    }

}
