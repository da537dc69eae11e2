using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Distribution;
using ContentOps.Core.Distribution.Planning;
using static ContentOps.Core.Tests.Distribution.PlanScenario;

namespace ContentOps.Core.Tests.Distribution;

/// <summary>The learning hook of the send planner: it picks among allowed channels, variants and send times, and only for personalised sends.</summary>
public sealed class SendPlannerLearningTests
{
    /// <summary>Prefers a channel, then a variant, then 20:00 local, among what it is offered; records what it was offered.</summary>
    private sealed class PreferringChooser(string? channel = null, string? variant = null) : ISendChooser
    {
        public List<SendChoiceRequest> Requests { get; } = [];

        public string ModelVersion => "test-model-7";

        public SendChoice? Choose(SendChoiceRequest request)
        {
            Requests.Add(request);
            var pick = request.Options
                .OrderByDescending(o => o.Channel == $"{Ns}/{channel}")
                .ThenByDescending(o => o.Variant == variant)
                .ThenByDescending(o => o.SendAt.Hour == 20)
                .First();
            return new SendChoice(pick, $"{(channel is null ? "" : $"channel {channel}, ")}{(variant is null ? "" : $"variant {variant}, ")}send hour {pick.SendAt:HH:mm} chosen by test-model-7");
        }
    }

    private static CampaignSpec BestChannels() => Campaign() with { Distribution = new CampaignDistribution { Channels = CampaignDistribution.BestChannel } };

    [Fact]
    public void Plan_SendsAtTheChosenAllowedHour_AndNamesTheModel()
    {
        var chooser = new PreferringChooser();

        var plan = SendPlanner.Plan(Input([Hcp("a")], [Piece("p", ["email"])]) with { Chooser = chooser });

        var send = Assert.Single(plan.Sends);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 20, 0, 0, China), send.SendAt);
        Assert.Equal("test-model-7", send.ModelVersion);
        Assert.EndsWith("; send hour 20:00 chosen by test-model-7", send.Reason, StringComparison.Ordinal);
        Assert.Equal(Now, chooser.Requests[0].Options[0].SendAt);
    }

    [Fact]
    public void Plan_NeverOffersQuietHours_AndKeepsTheEarliestTime_ForAnHcpWhoRefusedPersonalisation()
    {
        var chooser = new PreferringChooser();
        var channels = DefaultChannels();
        channels["email"] = Channel("smtp", "email", quiet: new QuietHours { Start = "19:00", End = "08:00", TimeZone = "Asia/Shanghai" });

        var plan = SendPlanner.Plan(Input([Hcp("a"), Hcp("b", optOut: true)], [Piece("p", ["email"])], channels) with { Chooser = chooser });

        Assert.All(chooser.Requests.SelectMany(r => r.Options), o => Assert.InRange(o.SendAt.Hour, 8, 18));
        Assert.Equal(["a"], chooser.Requests.Select(r => r.Hcp));
        Assert.All(plan.Sends, s => Assert.Equal(Now, s.SendAt));
        Assert.Null(plan.Sends.Single(s => s.Hcp == "b").ModelVersion);
    }

    [Fact]
    public void Plan_OffersOnlyTheVariantsOfSegmentsTheHcpIsIn_AndSendsTheChosenOne()
    {
        var chooser = new PreferringChooser(variant: "gp");
        var inTwo = Hcp("a") with { Specialty = "general-practice" };
        var piece = Piece("p", ["email"], segments: ["tier2", "tier3", "gp"], perSegment: true);

        var plan = SendPlanner.Plan(Input([inTwo, Hcp("b") with { Specialty = "general-practice", PersonalizationOptOut = true }], [piece]) with { Chooser = chooser });

        Assert.Equal(["tier3", "gp"], chooser.Requests.Single().Variants);
        var send = plan.Sends.Single(s => s.Hcp == "a");
        Assert.Equal("gp", send.Segment);
        Assert.Equal("r-p-email-gp", send.RenditionDigest);
        Assert.Contains("variant gp, send hour 20:00 chosen by test-model-7", send.Reason, StringComparison.Ordinal);
        var optedOut = plan.Sends.Single(s => s.Hcp == "b");
        Assert.Equal("tier3", optedOut.Segment);
        Assert.Null(optedOut.ModelVersion);
    }

    [Fact]
    public void Plan_OffersNoVariantChoice_WhenThePieceHasOneRendition()
    {
        var chooser = new PreferringChooser(variant: "gp");
        var inTwo = Hcp("a") with { Specialty = "general-practice" };

        var plan = SendPlanner.Plan(Input([inTwo], [Piece("p", ["email"], segments: ["tier3", "gp"])]) with { Chooser = chooser });

        Assert.Equal(["tier3"], chooser.Requests.Single().Variants);
        Assert.Equal("tier3", Assert.Single(plan.Sends).Segment);
    }

    [Fact]
    public void Plan_WithBestChannels_SendsOnTheChosenChannelOnly_AndSkipsTheOthersNamingItAndTheModel()
    {
        var chooser = new PreferringChooser(channel: "sms");

        var plan = SendPlanner.Plan(Input([Hcp("a")], [Piece("p", ["email", "sms", "wechat"])], campaign: BestChannels()) with { Chooser = chooser });

        var send = Assert.Single(plan.Sends);
        Assert.Equal("sms", send.Channel);
        Assert.Equal(["diabetes/email", "diabetes/sms", "diabetes/wechat"], chooser.Requests.Single().Channels);
        Assert.Equal(2, plan.Skips.Count);
        Assert.All(plan.Skips, s => Assert.Equal(SkipRules.ChannelChoice, s.Rule));
        Assert.All(plan.Skips, s => Assert.Equal("skipped: one channel per HCP (distribution.channels: best): sms chosen by test-model-7", s.Reason));
    }

    [Fact]
    public void Plan_WithBestChannels_ChoosesOnlyAmongChannelsTheRulesAllow_AndKeepsTheirSkipReasons()
    {
        var chooser = new PreferringChooser(channel: "email");
        var noEmailConsent = Hcp("a", email: ChannelConsent.None);

        var plan = SendPlanner.Plan(Input([noEmailConsent], [Piece("p", ["email", "sms", "wechat"])], campaign: BestChannels()) with { Chooser = chooser });

        Assert.Equal(["diabetes/sms", "diabetes/wechat"], chooser.Requests.Single().Channels);
        Assert.Equal("sms", Assert.Single(plan.Sends).Channel);
        Assert.Equal("skipped: no email consent", plan.Skips.Single(s => s.Channel == "email").Reason);
        Assert.Equal(SkipRules.ChannelChoice, plan.Skips.Single(s => s.Channel == "wechat").Rule);
    }

    [Fact]
    public void Plan_WithBestChannels_WithoutLearning_SendsOnTheFirstAllowedChannel_AlsoForOptedOutHcps()
    {
        var plan = SendPlanner.Plan(Input([Hcp("a"), Hcp("b", optOut: true)], [Piece("p", ["email", "sms"])], campaign: BestChannels()));

        Assert.All(plan.Sends, s => Assert.Equal("email", s.Channel));
        Assert.Equal("skipped: one channel per HCP (distribution.channels: best): email, the first allowed of the piece's channels", plan.Skips.Single(s => s.Hcp == "a").Reason);
        Assert.EndsWith("(personalisation opt-out)", plan.Skips.Single(s => s.Hcp == "b").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_WithBestChannels_NeverMovesContentToAnotherChannel_OnceTheLedgerHoldsItOnOne()
    {
        var chooser = new PreferringChooser(channel: "email");
        var piece = Piece("p", ["email", "sms"]) with { Committed = new Dictionary<string, string> { ["a"] = "sms" } };
        var sentOnSms = Sent("b", "sms", Now.AddDays(-1), "p");

        var plan = SendPlanner.Plan(Input([Hcp("a"), Hcp("b")], [piece], campaign: BestChannels(), history: [sentOnSms]) with { Chooser = chooser });

        Assert.Equal(["a"], plan.Sends.Select(s => s.Hcp));
        Assert.Equal("sms", plan.Sends.Single().Channel);
        Assert.Equal("skipped: already sent on sms", plan.Skips.Single(s => s.Hcp == "b" && s.Channel == "sms").Reason);
        Assert.All(plan.Skips.Where(s => s.Channel == "email"), s => Assert.Equal(
            "skipped: one channel per HCP (distribution.channels: best): this content already went to (or was attempted on) sms", s.Reason));
    }

    [Fact]
    public void Plan_WithEveryChannel_StillSendsOnEachAllowedChannel()
    {
        var plan = SendPlanner.Plan(Input([Hcp("a")], [Piece("p", ["email", "sms"])]) with { Chooser = new PreferringChooser(channel: "sms") });

        Assert.Equal(["email", "sms"], plan.Sends.Select(s => s.Channel));
    }
}
