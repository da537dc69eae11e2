using ContentOps.Core.Analytics.Events;
using ContentOps.Core.Analytics.Prediction;
using ContentOps.Core.Api;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Distribution;
using ContentOps.Core.Distribution.Planning;
using ContentOps.Core.Distribution.Recommendation;
using ContentOps.Operator.Analytics.Prediction;
using ContentOps.Operator.Planning;
using ContentOps.Operator.Stores.Local;
using ContentOps.Operator.Tests.Declarations;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Operator.Tests.Analytics.Prediction;

/// <summary>The effect model trained on a real state database's events, joined to the declarations.</summary>
public sealed class EffectModelTrainingTests : IDisposable
{
    private static readonly TimeSpan _china = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset _start = new(2026, 10, 1, 0, 0, 0, _china);
    private readonly TempDirectory _folder = TempDirectory.Create();
    private readonly LocalStateStore _state;
    private readonly InMemoryResourceStore _resources = new(Declarations());
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 5, 0, 0, 0, TimeSpan.Zero));

    public EffectModelTrainingTests() => _state = LocalStateStore.Open(_folder.Path);

    public void Dispose()
    {
        _state.Dispose();
        _folder.Dispose();
    }

    private static IEnumerable<Resource> Declarations()
    {
        yield return Channel("approved-email", "smtp");
        yield return Channel("wechat-hcp", "wechat");
        foreach (var (name, format, channel) in new[] { ("klp-email", "email", "approved-email"), ("klp-wechat", "wechat-article", "wechat-hcp") })
        {
            yield return new ContentPiece
            {
                Metadata = new ObjectMeta { Name = name, Namespace = "diabetes" },
                Spec = new ContentPieceSpec { Campaign = "klp", Format = format, Channels = [channel], Audience = new AudienceSelector { Role = "hcp" }, Brief = "b" },
                Status = new ContentPieceStatus { Renditions = [new RenditionRef { Channel = channel, Digest = "sha256:" + name, Length = format == "email" ? 900 : 1_800 }] },
            };
        }
    }

    private static ChannelTarget Channel(string name, string type) => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = "diabetes" },
        Spec = new ChannelTargetSpec { Type = type, Endpoint = "out", AllowedAudienceRoles = ["hcp"] },
    };

    /// <summary>
    /// Delivered sends (and their opens) over both channels and the hours 08–21: WeChat in the evening (18–21h) engages
    /// 45 %, every other send 10 %; with <paramref name="drift"/> the hour effect turns around (mornings 08–11h best on
    /// both channels): the future a model trained on the past misleads on.
    /// </summary>
    private async Task StoreSendsAsync(int count, int offset = 0, bool drift = false, int seed = 3)
    {
        var random = new Random(seed);
        var events = new List<EngagementEvent>();
        for (var i = offset; i < offset + count; i++)
        {
            var wechat = i % 2 == 0;
            var hour = 8 + (i / 2 % 14);
            var at = _start.AddDays(i / 60).AddHours(hour);
            var good = drift ? hour <= 11 : wechat && hour >= 18;
            var channel = wechat ? "diabetes/wechat-hcp" : "diabetes/approved-email";
            var piece = wechat ? "diabetes/klp-wechat" : "diabetes/klp-email";
            var segment = i % 3 == 0 ? "tier3" : "tier2";
            events.Add(Event($"d-{i}", EngagementEventType.Delivered, at, channel, piece, segment, i));
            if (random.NextDouble() < (good ? 0.45 : 0.10))
            {
                events.Add(Event($"o-{i}", EngagementEventType.Opened, at.AddHours(2), channel, piece, segment, i));
            }
        }

        await _state.Events.AppendAsync(events, null, _time.GetUtcNow(), CancellationToken.None);
    }

    private static EngagementEvent Event(string id, EngagementEventType type, DateTimeOffset at, string channel, string piece, string segment, int hcp) => new()
    {
        Id = id,
        Type = type,
        OccurredAt = at,
        Channel = channel,
        Piece = piece,
        MessageId = $"m-{hcp}",
        Hcp = $"hcp-{hcp:00000}",
        Segment = segment,
        Region = "上海",
    };

    private Task<EffectModelTraining.Report> TrainAsync(bool force = true) =>
        EffectModelTraining.RunAsync(_state.Events, _resources, new EffectModelRepository(_folder.Path), EffectModelSchedule.Default, _time.GetUtcNow(), force, CancellationToken.None);

    private static EngagementFeatures Features(string channel, string format, int hour) =>
        new(format, channel, "tier3", hour, DayOfWeek.Tuesday, format == "email" ? 900 : 1_800, [], "academic");

    [Fact]
    public async Task Train_OnStoredEvents_PromotesAModelThatRanksTheClearlyBetterChannelAndHourHigher()
    {
        await StoreSendsAsync(3_000);

        var report = await TrainAsync();
        var serving = await ServingEffectModel.LoadAsync(_state.Events, _resources, new EffectModelRepository(_folder.Path), CancellationToken.None);

        Assert.True(report.Card!.Promoted, report.Message);
        Assert.StartsWith("lgbm-", report.Card.Version, StringComparison.Ordinal);
        Assert.Equal(3_000, report.Card.Sends);
        Assert.True(report.Card.Model!.Auc > report.Card.Baseline!.Auc, report.Message);
        var best = serving!.Predictor.Predict(Features("wechat", "wechat-article", 20));
        Assert.Equal(report.Card.Version, best.ModelVersion);
        Assert.True(best.Probability > serving.Predictor.Predict(Features("wechat", "wechat-article", 10)).Probability + 0.1);
        Assert.True(best.Probability > serving.Predictor.Predict(Features("smtp", "email", 20)).Probability + 0.1);
    }

    [Fact]
    public async Task Retrain_WithNoNewEvents_KeepsTheVersion_WithoutTraining()
    {
        await StoreSendsAsync(3_000);
        var first = await TrainAsync();

        var again = await TrainAsync();

        Assert.False(again.Changed);
        Assert.Equal(first.Card!.Version, again.Card!.Version);
        Assert.Contains("kept: no new sends", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_WithTooFewSends_ServesTheBaseline_AndSaysSo()
    {
        await StoreSendsAsync(37);

        var report = await TrainAsync();

        Assert.False(report.Card!.Promoted);
        Assert.StartsWith("baseline-segment-channel-", report.Card.Version, StringComparison.Ordinal);
        Assert.Contains("model: baseline, 37 sends < 500 needed", report.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACandidateWorseThanTheBaselineOnTheHoldout_DoesNotReplaceTheServingModel()
    {
        await StoreSendsAsync(2_400);
        var first = await TrainAsync();
        Assert.True(first.Card!.Promoted, first.Message);

        await StoreSendsAsync(800, offset: 2_400, drift: true);
        var second = await TrainAsync();

        Assert.False(second.Card!.Promoted, second.Message);
        Assert.Contains("not promoted", second.Message, StringComparison.Ordinal);
        Assert.Contains("(kept)", second.Message, StringComparison.Ordinal);
        Assert.Equal(first.Card.Version, new EffectModelRepository(_folder.Path).Current()!.Version);
    }

    [Fact]
    public async Task ScheduledTraining_WaitsForTheIntervalAndNewSends()
    {
        await StoreSendsAsync(600);
        var runtime = new EffectModelRuntime(() => _state.Events, _resources, new EffectModelRepository(_folder.Path), _time);
        var first = await runtime.TrainIfDueAsync(CancellationToken.None);

        await StoreSendsAsync(200, offset: 600, seed: 4);
        var tooSoon = await runtime.TrainIfDueAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(25));
        var due = await runtime.TrainIfDueAsync(CancellationToken.None);

        Assert.True(first!.Changed, first.Message);
        Assert.False(tooSoon!.Changed);
        Assert.Contains("retraining not due", tooSoon.Message, StringComparison.Ordinal);
        Assert.True(due!.Changed, due.Message);
        Assert.Equal(800, due.Card!.Sends);
    }

    [Fact]
    public async Task SuggestionScorer_RanksByLearnedEngagement_OnceAModelIsTrained()
    {
        await StoreSendsAsync(3_000);
        var runtime = new EffectModelRuntime(() => _state.Events, _resources, new EffectModelRepository(_folder.Path), _time);
        var before = await runtime.ScorerAsync(CancellationToken.None);
        await runtime.TrainIfDueAsync(CancellationToken.None);
        var after = await runtime.ScorerAsync(CancellationToken.None);

        var (emailRules, _) = before.Score(Candidate("klp-email"));
        var (wechatRules, _) = before.Score(Candidate("klp-wechat"));
        var (email, _) = after.Score(Candidate("klp-email"));
        var (wechat, driver) = after.Score(Candidate("klp-wechat"));

        Assert.Equal(emailRules, wechatRules);
        Assert.True(wechat > email, $"{wechat} > {email}");
        Assert.Contains("prior-piece-region@", driver, StringComparison.Ordinal);
        Assert.Equal(before.Score(Candidate("klp-wechat", optOut: true)), after.Score(Candidate("klp-wechat", optOut: true)));
    }

    [Fact]
    public async Task SendTimes_PlaceSendsAtTheLearnedEveningHours_AndAreReproducible()
    {
        await StoreSendsAsync(3_000);
        var runtime = new EffectModelRuntime(() => _state.Events, _resources, new EffectModelRepository(_folder.Path), _time);
        Assert.Null(await runtime.SendTimesAsync(CancellationToken.None));
        await runtime.TrainIfDueAsync(CancellationToken.None);

        var chooser = (await runtime.SendTimesAsync(CancellationToken.None))!;
        var day = new DateTimeOffset(2026, 12, 8, 0, 0, 0, _china);
        SendChoiceRequest Request(int i) => new($"hcp-{i}", new PieceRef("diabetes", "klp-wechat"), "tier3", [.. Enumerable.Range(8, 14).Select(h => new SendOption("diabetes/wechat-hcp", "tier3", day.AddHours(h)))]);
        var hours = Enumerable.Range(0, 100).Select(i => chooser.Choose(Request(i))!).ToList();
        var fresh = new EffectModelRuntime(() => _state.Events, _resources, new EffectModelRepository(_folder.Path), _time);
        var again = (await fresh.SendTimesAsync(CancellationToken.None))!;

        Assert.True(hours.Count(c => c.Option.SendAt.Hour >= 18) > 90, string.Join(",", hours.Select(c => c.Option.SendAt.Hour)));
        Assert.Equal(hours.Select(c => c.Option), Enumerable.Range(0, 100).Select(i => again.Choose(Request(i))!.Option));
        Assert.Contains(new EffectModelRepository(_folder.Path).Current()!.Version, hours[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CampaignStatus_NamesTheServingModel_ItsHoldoutAuc_AndThePredictedEngagement()
    {
        await StoreSendsAsync(3_000);
        var runtime = new EffectModelRuntime(() => _state.Events, _resources, new EffectModelRepository(_folder.Path), _time);
        var pieces = _resources.List("ContentPiece").OfType<ContentPiece>().ToList();
        Assert.Null(await runtime.CampaignStatusAsync(pieces, CancellationToken.None));
        var trained = await runtime.TrainIfDueAsync(CancellationToken.None);

        var status = (await runtime.CampaignStatusAsync(pieces, CancellationToken.None))!;

        Assert.Equal(trained!.Card!.Version, status.Version);
        Assert.Equal(EffectModelKinds.LightGbm, status.Kind);
        Assert.Equal(3_000, status.Sends);
        Assert.True(status.HoldoutAuc > status.BaselineAuc, $"{status.HoldoutAuc} > {status.BaselineAuc}");
        Assert.InRange(status.PredictedEngagement!.Value, 0.01, 0.6);
    }

    private static CandidateSignals Candidate(string piece, bool optOut = false) => new()
    {
        Hcp = new HcpProfile { Id = "hcp-1", Name = "任敏", Region = "上海", PersonalizationOptOut = optOut },
        Content = new DistributionPiece { Ref = new PieceRef("diabetes", piece), Spec = new ContentPieceSpec(), ContentDigest = "sha256:1" },
        Channel = "email",
    };
}
