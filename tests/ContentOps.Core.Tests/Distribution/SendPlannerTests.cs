using ContentOps.Core.Api.Channels;
using ContentOps.Core.Distribution;
using ContentOps.Core.Distribution.Planning;
using static ContentOps.Core.Tests.Distribution.PlanScenario;

namespace ContentOps.Core.Tests.Distribution;

public sealed class SendPlannerTests
{
    [Fact]
    public void Plan_SkipsAnHcpWithoutConsentForTheChannel_WithAReadableReason()
    {
        var plan = SendPlanner.Plan(Input([Hcp("a", sms: ChannelConsent.None)], [Piece("p", ["sms", "email"])]));

        var skip = Assert.Single(plan.Skips);
        Assert.Equal(("sms", SkipRules.Consent, "skipped: no sms consent"), (skip.Channel, skip.Rule, skip.Reason));
        Assert.Equal("email", Assert.Single(plan.Sends).Channel);
    }

    [Fact]
    public void Plan_SkipsExpiredConsent_AndConsentThatStartsAfterTheSend()
    {
        var expired = new ChannelConsent(true, Now.AddDays(-100), Now.AddDays(-1));
        var later = new ChannelConsent(true, Now.AddDays(3), null);

        var plan = SendPlanner.Plan(Input([Hcp("a", email: expired), Hcp("b", email: later)], [Piece("p", ["email"])]));

        Assert.Equal(["skipped: email consent expired 2026-12-03", "skipped: email consent only from 2026-12-07"], plan.Skips.Select(s => s.Reason));
    }

    [Theory]
    [InlineData("rx", false)]
    [InlineData("otc", true)]
    public void Plan_SendsPrescriptionContentOnlyToVerifiedHcps(string product, bool sent)
    {
        var plan = SendPlanner.Plan(Input([Hcp("a", verified: false)], [Piece("p", ["email"])], campaign: Campaign(product)));

        Assert.Equal(sent, plan.Sends.Count == 1);
        if (!sent)
        {
            Assert.Equal(SkipRules.Verification, Assert.Single(plan.Skips).Rule);
        }
    }

    [Fact]
    public void Plan_DefersASendInsideQuietHours_ToTheWindowsEndInItsZone()
    {
        var channels = DefaultChannels();
        channels["email"] = Channel("smtp", "email", quiet: new QuietHours { Start = "21:00", End = "08:00", TimeZone = "Asia/Shanghai" });
        var lateEvening = new DateTimeOffset(2026, 12, 4, 22, 30, 0, China);

        var send = Assert.Single(SendPlanner.Plan(Input([Hcp("a")], [Piece("p", ["email"])], channels, now: lateEvening)).Sends);

        Assert.Equal(new DateTimeOffset(2026, 12, 5, 8, 0, 0, China), send.SendAt);
        Assert.Equal(China, send.SendAt.Offset);
        Assert.True(send.Deferred);
        Assert.StartsWith("deferred: quiet hours until 08:00", send.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_SkipsWithAReason_WhenQuietHoursDeferPastThePiecesExpiry()
    {
        var channels = DefaultChannels();
        channels["email"] = Channel("smtp", "email", quiet: new QuietHours { Start = "21:00", End = "08:00" });
        var lateEvening = new DateTimeOffset(2026, 12, 4, 22, 30, 0, China);

        var skip = Assert.Single(SendPlanner.Plan(Input([Hcp("a")], [Piece("p", ["email"], expireAt: lateEvening.AddHours(2))], channels, now: lateEvening)).Skips);

        Assert.Equal(SkipRules.Schedule, skip.Rule);
        Assert.Contains("quiet hours defer the send to 2026-12-05 08:00", skip.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_CountsSendsAlreadyMade_AgainstTheChannelsRollingCap()
    {
        var channels = DefaultChannels();
        channels["email"] = Channel("smtp", "email", new RateLimit { Count = 2, Per = "7d" });
        var history = new[] { Sent("a", "email", Now.AddDays(-6)), Sent("a", "email", Now.AddDays(-2)), Sent("b", "email", Now.AddDays(-8)), Sent("b", "email", Now.AddDays(-1)) };

        var plan = SendPlanner.Plan(Input([Hcp("a"), Hcp("b")], [Piece("p", ["email"])], channels, history: history));

        Assert.Equal("b", Assert.Single(plan.Sends).Hcp);
        var skip = Assert.Single(plan.Skips);
        Assert.Equal(("a", SkipRules.ChannelCap), (skip.Hcp, skip.Rule));
        Assert.Contains("2 per 7d on email", skip.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_CalendarMonthCap_DoesNotCountLastMonth()
    {
        var channels = DefaultChannels();
        channels["sms"] = Channel("sms", "sms", new RateLimit { Count = 1, Per = "30d", Window = "calendar" });
        var history = new[] { Sent("a", "sms", new DateTimeOffset(2026, 11, 30, 12, 0, 0, China)), Sent("b", "sms", new DateTimeOffset(2026, 12, 1, 12, 0, 0, China)) };

        var plan = SendPlanner.Plan(Input([Hcp("a"), Hcp("b")], [Piece("p", ["sms"])], channels, history: history));

        Assert.Equal("a", Assert.Single(plan.Sends).Hcp);
        Assert.Equal(("b", SkipRules.ChannelCap), (plan.Skips[0].Hcp, plan.Skips[0].Rule));
    }

    [Fact]
    public void Plan_CampaignCap_SpansChannelsAndPieces()
    {
        var campaign = Campaign(cap: new RateLimit { Count = 2, Per = "7d" });

        var plan = SendPlanner.Plan(Input([Hcp("a")], [Piece("p1", ["email", "sms"]), Piece("p2", ["wechat"])], campaign: campaign));

        Assert.Equal(2, plan.Sends.Count);
        var skip = Assert.Single(plan.Skips);
        Assert.Equal((SkipRules.CampaignCap, "p2"), (skip.Rule, skip.Piece.Name));
    }

    [Fact]
    public void Plan_WeChatAllowsFourMassMessagesPerCalendarMonth()
    {
        var history = Enumerable.Range(1, 4).Select(d => Sent("a", "wechat", new DateTimeOffset(2026, 12, d, 9, 0, 0, China), $"old{d}")).ToList();

        var plan = SendPlanner.Plan(Input([Hcp("a")], [Piece("p", ["wechat"]), Piece("q", ["wechat"], publishAt: new DateTimeOffset(2027, 1, 2, 9, 0, 0, China))], history: history));

        Assert.Equal(SkipRules.WeChatMonthlyLimit, Assert.Single(plan.Skips).Rule);
        Assert.Equal("q", Assert.Single(plan.Sends).Piece.Name);
    }

    [Fact]
    public void Plan_GivesOptedOutHcpsTheDefaultVariant_NotTheirSegments()
    {
        var piece = Piece("p", ["email"], segments: ["tier3", "tier2"], perSegment: true);

        var plan = SendPlanner.Plan(Input([Hcp("a", tier: "tier2"), Hcp("b", tier: "tier2", optOut: true)], [piece]));

        Assert.Equal([("a", true, "r-p-email-tier2"), ("b", false, "r-p-email-tier3")], plan.Sends.Select(s => (s.Hcp, s.Personalized, s.RenditionDigest)));
    }

    [Fact]
    public void Plan_SkipsContentAlreadySent_AndLeavesHcpsOutsideThePiecesSegments()
    {
        var plan = SendPlanner.Plan(Input([Hcp("a"), Hcp("b", tier: "tier1")], [Piece("p", ["email"], segments: ["tier3"])], history: [Sent("a", "email", Now.AddDays(-1), "p")]));

        Assert.Empty(plan.Sends);
        Assert.Equal(("a", SkipRules.AlreadySent), (Assert.Single(plan.Skips).Hcp, plan.Skips[0].Rule));
    }

    [Fact]
    public void Plan_IsDeterministic()
    {
        var first = SendPlanner.Plan(Random(7, 40, 6));
        var second = SendPlanner.Plan(Random(7, 40, 6));

        Assert.Equal(first.Sends, second.Sends);
        Assert.Equal(first.Skips, second.Skips);
    }
}
