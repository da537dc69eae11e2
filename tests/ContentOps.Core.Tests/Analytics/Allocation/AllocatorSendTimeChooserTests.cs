using ContentOps.Core.Analytics.Allocation;
using ContentOps.Core.Analytics.Prediction;
using ContentOps.Core.Distribution;
using ContentOps.Core.Distribution.Planning;

namespace ContentOps.Core.Tests.Analytics.Allocation;

public sealed class AllocatorSendTimeChooserTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly PieceRef Piece = new("diabetes", "klp-email");

    private static readonly SendFeatureSource Features = new(
        new Dictionary<string, PieceFeatures> { ["diabetes/klp-email"] = new("email", 800, ["efficacy"], "km-efficacy") },
        new Dictionary<string, (string, TimeZoneInfo)> { ["diabetes/approved-email"] = ("smtp", Shanghai) });

    /// <summary>Stored sends spread over 10:00–21:00: at 20:00 40 % engaged, at every other hour 8 %: a clearly better evening.</summary>
    private static List<StoredSendOutcome> EveningIsBetter(int sends = 2_400)
    {
        var random = new Random(5);
        var start = new DateTimeOffset(2026, 11, 1, 0, 0, 0, China);
        return [.. Enumerable.Range(0, sends).Select(i =>
        {
            var hour = 10 + (i % 12);
            var evening = hour == 20;
            var at = start.AddDays(i / 80).AddHours(hour);
            return new StoredSendOutcome($"hcp-{i % 300:0000}", "diabetes/klp-email", "diabetes/approved-email", "tier3", "上海", at, random.NextDouble() < (evening ? 0.40 : 0.08));
        })];
    }

    private static SendTimeRequest Request(string hcp, string? segment = "tier3")
    {
        var day = new DateTimeOffset(2026, 12, 7, 0, 0, 0, China);
        return new SendTimeRequest(hcp, Piece, "diabetes/approved-email", segment, [.. Enumerable.Range(10, 12).Select(h => day.AddHours(h))]);
    }

    [Fact]
    public void Choose_PlacesMostSendsAtTheHourThatEngagedMore_InStoredSends()
    {
        var chooser = AllocatorSendTimeChooser.Learn(EveningIsBetter(), Features, "lgbm-test");

        var hours = Enumerable.Range(0, 200).Select(i => chooser.Choose(Request($"new-{i}"))!.SendAt.Hour).ToList();

        Assert.True(hours.Count(h => h == 20) > 120, $"20:00 chosen {hours.Count(h => h == 20)} of 200: {string.Join(",", hours.GroupBy(h => h).Select(g => $"{g.Key}h×{g.Count()}"))}");
        Assert.True(hours.Count(h => h == 10) < 10, "the worse morning hour is rarely explored once the evening is known");
    }

    [Fact]
    public void Choose_IsReproducible_ForTheSameSeedDataAndSend_AndNamesTheModelVersion()
    {
        var first = AllocatorSendTimeChooser.Learn(EveningIsBetter(), Features, "lgbm-test", seed: 3);
        var again = AllocatorSendTimeChooser.Learn(EveningIsBetter(), Features, "lgbm-test", seed: 3);

        var a = Enumerable.Range(0, 50).Select(i => first.Choose(Request($"h{i}"))).ToList();
        var b = Enumerable.Range(0, 50).Reverse().Select(i => again.Choose(Request($"h{i}"))).Reverse().ToList();

        Assert.Equal(a.Select(c => c!.SendAt), b.Select(c => c!.SendAt));
        Assert.All(a, c => Assert.Contains("thompson-probit@lgbm-test", c!.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Choose_KeepsAPendingSendsHour_WhenEarlierHoursHavePassed()
    {
        var chooser = AllocatorSendTimeChooser.Learn(EveningIsBetter(), Features, "lgbm-test");
        var full = Request("hcp-0042");
        var chosen = chooser.Choose(full)!.SendAt;

        var later = full with { Allowed = [.. full.Allowed.Where(t => t >= chosen.AddHours(-2) && t >= full.Allowed[0])] };

        Assert.Equal(chosen, chooser.Choose(later)!.SendAt);
    }

    [Fact]
    public void Choose_ReturnsNull_ForAPieceOrChannelItKnowsNothingAbout()
    {
        var chooser = AllocatorSendTimeChooser.Learn(EveningIsBetter(), Features, "lgbm-test");

        Assert.Null(chooser.Choose(Request("h1") with { Piece = new PieceRef("diabetes", "unknown") }));
        Assert.Null(chooser.Choose(Request("h1") with { Channel = "diabetes/unknown" }));
        Assert.NotNull(chooser.Choose(Request("h1", segment: "a-segment-never-seen")));
    }
}
