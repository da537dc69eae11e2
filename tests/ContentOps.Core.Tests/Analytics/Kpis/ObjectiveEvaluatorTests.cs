using ContentOps.Core.Analytics.Kpis;
using ContentOps.Core.Api.Campaigns;

namespace ContentOps.Core.Tests.Analytics.Kpis;

public sealed class ObjectiveEvaluatorTests
{
    private static readonly DateTimeOffset _start = new(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(8));

    private static readonly CampaignScope _scope = new("diabetes", "klp-launch-2026", ["diabetes/klp-email-launch"]);

    private static EngagementCount Count(string type, long events, string channel = "diabetes/approved-email", double read = 0, string campaign = "diabetes/klp-launch-2026", string piece = "diabetes/klp-email-launch") =>
        new(campaign, piece, channel, "tier3-endocrinology", "江苏", "江苏一组", type, events, read);

    private static CampaignSpec Spec(params Objective[] objectives) => new()
    {
        Objectives = objectives,
        Schedule = new CampaignSchedule { Start = _start, End = _start.AddDays(100) },
    };

    [Fact]
    public void OpenRate_IsOnTrack_WhenOpenedOverDeliveredMeetsTheTarget_OnItsChannelOnly()
    {
        var counts = new[] { Count("delivered", 100), Count("opened", 36), Count("delivered", 100, "diabetes/hcp-sms"), Count("opened", 0, "diabetes/hcp-sms") };

        var status = Assert.Single(ObjectiveEvaluator.Evaluate(Spec(new Objective { Kpi = "openRate", Target = 0.35, Channel = "approved-email" }), _scope, counts, null, _start));

        Assert.Equal((0.36, true), (status.Actual, status.OnTrack));
        Assert.Equal("36 opened of 100 delivered", status.Basis);
    }

    [Fact]
    public void Rate_BelowTarget_IsOffTrack_AndTooFewDeliveriesAreNotJudged()
    {
        var spec = Spec(new Objective { Kpi = "clickRate", Target = 0.1 });

        var off = Assert.Single(ObjectiveEvaluator.Evaluate(spec, _scope, [Count("delivered", 200), Count("clicked", 10)], null, _start));
        var few = Assert.Single(ObjectiveEvaluator.Evaluate(spec, _scope, [Count("delivered", 5), Count("clicked", 0)], null, _start));

        Assert.Equal((0.05, false), (off.Actual, off.OnTrack));
        Assert.Equal(0.0, few.Actual);
        Assert.Null(few.OnTrack);
        Assert.Contains("too few to judge", few.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_IsJudgedAgainstTheShareOfTheTargetDueByNow()
    {
        var spec = Spec(new Objective { Kpi = "webinarRegistrations", Target = 300 });
        var counts = new[] { Count("registered", 40) };

        var early = Assert.Single(ObjectiveEvaluator.Evaluate(spec, _scope, counts, null, _start.AddDays(10)));
        var late = Assert.Single(ObjectiveEvaluator.Evaluate(spec, _scope, counts, null, _start.AddDays(50)));

        Assert.Equal((40.0, 30.0, true), (early.Actual, early.ExpectedByNow, early.OnTrack));
        Assert.Equal((150.0, false), (late.ExpectedByNow, late.OnTrack));
    }

    [Fact]
    public void ReadCompletion_IsTheMeanReadThroughOfReads()
    {
        var status = Assert.Single(ObjectiveEvaluator.Evaluate(Spec(new Objective { Kpi = "readCompletion", Target = 0.4 }), _scope, [Count("read", 40, read: 14)], null, _start));

        Assert.Equal((0.35, false), (status.Actual, status.OnTrack));
    }

    [Fact]
    public void CycleTime_IsOnTrack_AtOrBelowItsTarget_AndUnjudgedBeforeAnyPublication()
    {
        var spec = Spec(new Objective { Kpi = "cycleTimeDays", Target = 10 });

        var met = Assert.Single(ObjectiveEvaluator.Evaluate(spec, _scope, [], 7.5, _start));
        var none = Assert.Single(ObjectiveEvaluator.Evaluate(spec, _scope, [], null, _start));

        Assert.Equal((7.5, true), (met.Actual, met.OnTrack));
        Assert.Null(none.OnTrack);
    }

    [Fact]
    public void Scope_TakesEventsNamingTheCampaign_OrAttributedToItsPieces_AndNoOthers()
    {
        var counts = new[]
        {
            Count("delivered", 1),
            Count("delivered", 2, campaign: "klp-launch-2026"),
            Count("delivered", 4, campaign: "", piece: "diabetes/klp-email-launch"),
            Count("delivered", 8, campaign: "", piece: "diabetes/other-piece"),
            Count("delivered", 16, campaign: "diabetes/other-campaign"),
        };

        Assert.Equal(7, _scope.Of(counts).Sum(c => c.Events));
    }

    [Fact]
    public void CycleTime_IsTheMedianOverPublishedPieces()
    {
        var t = _start;

        var median = CycleTime.MedianDays([(t, t.AddDays(2)), (t, t.AddDays(10)), (t, null), (t, t.AddDays(4)), (t, t.AddDays(6))]);

        Assert.Equal(5, median);
    }

    [Fact]
    public void Breakdown_GroupsByDimension_WithUnknownValuesLabelled()
    {
        var counts = new[] { Count("delivered", 10), Count("opened", 5), Count("delivered", 4) with { Region = "" }, Count("opened", 1) with { Region = "" } };

        var byRegion = KpiBreakdown.By(KpiDimension.Region, "openRate", counts);

        Assert.Equal([("江苏", 0.5), (KpiBreakdown.Unknown, 0.25)], byRegion.Select(r => (r.Key, r.Measurement.Value!.Value)));
    }
}
