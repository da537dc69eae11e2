using ContentOps.Core.Analytics.Allocation;
using ContentOps.Core.Analytics.Prediction;
using ContentOps.Core.Distribution;
using ContentOps.Core.Distribution.Planning;

namespace ContentOps.Core.Tests.Analytics.Allocation;

public sealed class AllocatorSendChooserTests
{
    private const string Email = "diabetes/approved-email";
    private const string WeChat = "diabetes/wechat-hcp";
    private static readonly TimeSpan _china = TimeSpan.FromHours(8);
    private static readonly TimeZoneInfo _shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly PieceRef _piece = new("diabetes", "klp-email");
    private static readonly DateTimeOffset _day = new(2026, 12, 7, 0, 0, 0, _china);

    private static readonly SendFeatureSource _features = new(
        new Dictionary<string, PieceFeatures> { ["diabetes/klp-email"] = new("email", 800, ["efficacy"], "km-efficacy") },
        new Dictionary<string, (string, TimeZoneInfo)> { [Email] = ("smtp", _shanghai), [WeChat] = ("wechat", _shanghai) });

    /// <summary>Stored sends spread over 10:00–21:00: at 20:00 40 % engaged, at every other hour 8 %: a clearly better evening.</summary>
    private static List<StoredSendOutcome> EveningIsBetter(int sends = 2_400)
    {
        var random = new Random(5);
        var start = new DateTimeOffset(2026, 11, 1, 0, 0, 0, _china);
        return [.. Enumerable.Range(0, sends).Select(i =>
        {
            var hour = 10 + (i % 12);
            var evening = hour == 20;
            var at = start.AddDays(i / 80).AddHours(hour);
            return new StoredSendOutcome($"hcp-{i % 300:0000}", "diabetes/klp-email", Email, "tier3", "上海", at, random.NextDouble() < (evening ? 0.40 : 0.08));
        })];
    }

    /// <summary>Stored sends at 10:00: the tier2 variant on WeChat engaged 45 %, everything else (tier3, or e-mail) 8 %.</summary>
    private static List<StoredSendOutcome> Tier2OnWeChatIsBetter(int sends = 2_400)
    {
        var random = new Random(9);
        var start = new DateTimeOffset(2026, 11, 1, 10, 0, 0, _china);
        return [.. Enumerable.Range(0, sends).Select(i =>
        {
            var (segment, channel) = ((i & 1) == 0 ? "tier2" : "tier3", (i & 2) == 0 ? WeChat : Email);
            var rate = segment == "tier2" && channel == WeChat ? 0.45 : 0.08;
            return new StoredSendOutcome($"hcp-{i % 300:0000}", "diabetes/klp-email", channel, segment, "上海", start.AddDays(i / 100), random.NextDouble() < rate);
        })];
    }

    private static SendChoiceRequest Request(string hcp, string? segment = "tier3", string channel = Email) =>
        new(hcp, _piece, segment, [.. Enumerable.Range(10, 12).Select(h => new SendOption(channel, segment, _day.AddHours(h)))]);

    private static SendChoiceRequest Joint(string hcp) =>
        new(hcp, _piece, "tier3", [.. from channel in new[] { Email, WeChat } from variant in new[] { "tier3", "tier2" } select new SendOption(channel, variant, _day.AddHours(10))]);

    [Fact]
    public void Choose_PlacesMostSendsAtTheHourThatEngagedMore_InStoredSends()
    {
        var chooser = AllocatorSendChooser.Learn(EveningIsBetter(), _features, "lgbm-test");

        var hours = Enumerable.Range(0, 200).Select(i => chooser.Choose(Request($"new-{i}"))!.Option.SendAt.Hour).ToList();

        Assert.True(hours.Count(h => h == 20) > 120, $"20:00 chosen {hours.Count(h => h == 20)} of 200: {string.Join(",", hours.GroupBy(h => h).Select(g => $"{g.Key}h×{g.Count()}"))}");
        Assert.True(hours.Count(h => h == 10) < 10, "the worse morning hour is rarely explored once the evening is known");
    }

    [Fact]
    public void Choose_PicksTheVariantAndChannelThatEngagedMore_AndSaysSo()
    {
        var chooser = AllocatorSendChooser.Learn(Tier2OnWeChatIsBetter(), _features, "lgbm-test");

        var choices = Enumerable.Range(0, 200).Select(i => chooser.Choose(Joint($"new-{i}"))!).ToList();

        var best = choices.Count(c => c.Option is { Channel: WeChat, Variant: "tier2" });
        Assert.True(best > 150, $"WeChat × tier2 chosen {best} of 200");
        var reason = choices.First(c => c.Option is { Channel: WeChat, Variant: "tier2" }).Reason;
        Assert.StartsWith("channel wechat-hcp, variant tier2, send hour 10:00 chosen by thompson-probit@lgbm-test (learnt from 2400 stored sends)", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_IsReproducible_ForTheSameSeedDataAndSend_AndNamesTheModelVersion()
    {
        var first = AllocatorSendChooser.Learn(EveningIsBetter(), _features, "lgbm-test", seed: 3);
        var again = AllocatorSendChooser.Learn(EveningIsBetter(), _features, "lgbm-test", seed: 3);

        var a = Enumerable.Range(0, 50).Select(i => first.Choose(Request($"h{i}"))).ToList();
        var b = Enumerable.Range(0, 50).Reverse().Select(i => again.Choose(Request($"h{i}"))).Reverse().ToList();

        Assert.Equal(a.Select(c => c!.Option), b.Select(c => c!.Option));
        Assert.All(a, c => Assert.Contains("thompson-probit@lgbm-test", c!.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Choose_KeepsItsPick_WhenOtherOptionsDisappear()
    {
        var chooser = AllocatorSendChooser.Learn(Tier2OnWeChatIsBetter(), _features, "lgbm-test");
        foreach (var hcp in Enumerable.Range(0, 30).Select(i => $"hcp-{i:0000}"))
        {
            var full = Joint(hcp);
            var chosen = chooser.Choose(full)!.Option;

            var fewer = full with { Options = [.. full.Options.Where((o, i) => o == chosen || i % 2 == 1)] };

            Assert.Equal(chosen, chooser.Choose(fewer)!.Option);
        }
    }

    [Fact]
    public void Choose_ReturnsNull_ForAPieceOrChannelItKnowsNothingAbout()
    {
        var chooser = AllocatorSendChooser.Learn(EveningIsBetter(), _features, "lgbm-test");

        Assert.Null(chooser.Choose(Request("h1") with { Piece = new PieceRef("diabetes", "unknown") }));
        Assert.Null(chooser.Choose(Request("h1", channel: "diabetes/unknown")));
        Assert.NotNull(chooser.Choose(Request("h1", segment: "a-segment-never-seen")));
    }

    [Fact]
    public void Preference_IsThePosteriorMean_HigherWhereMoreEngaged()
    {
        var chooser = AllocatorSendChooser.Learn(Tier2OnWeChatIsBetter(), _features, "lgbm-test");

        Assert.True(chooser.Preference("diabetes/klp-email", WeChat, "tier2", 10) > chooser.Preference("diabetes/klp-email", Email, "tier2", 10) + 0.15);
        Assert.Null(chooser.Preference("diabetes/unknown", WeChat, "tier2", 10));
    }
}
