using ContentOps.Core.Analytics.Kpis;
using ContentOps.Core.Api.Campaigns;

namespace ContentOps.Core.Tests.Analytics.Kpis;

public sealed class ObjectiveEvaluatorTests
{
    private static readonly DateTimeOffset _start = new(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(8));

    private static readonly CampaignScope _scope = new("diabetes", "klp-launch-2026", ["diabetes/klp-email-launch"]);

    private const string Email = "diabetes/approved-email";

    private static EngagementCount Count(string type, long events, string channel = Email, double read = 0, string campaign = "diabetes/klp-launch-2026", string piece = "diabetes/klp-email-launch") =>
        new(campaign, piece, channel, "tier3-endocrinology", "江苏", "江苏一组", type, events, read);

    /// <summary>Doctors hcp-0000… that did <paramref name="type"/> (the same doctors for every type, so opened ⊆ delivered).</summary>
    private static IEnumerable<EngagedHcp> Doctors(string type, int doctors, string channel = Email, string region = "江苏") =>
        Enumerable.Range(0, doctors).Select(i => new EngagedHcp("diabetes/klp-launch-2026", "diabetes/klp-email-launch", channel, "tier3-endocrinology", region, "江苏一组", type, $"hcp-{i:0000}"));

    /// <summary><paramref name="events"/> events of a type by <paramref name="doctors"/> distinct doctors.</summary>
    private static EngagementSlice Slice(params (string Type, int Doctors, long Events)[] rows) =>
        new([.. rows.Select(r => Count(r.Type, r.Events))], [.. rows.SelectMany(r => Doctors(r.Type, r.Doctors))]);

    private static CampaignSpec Spec(params Objective[] objectives) => new()
    {
        Objectives = objectives,
        Schedule = new CampaignSchedule { Start = _start, End = _start.AddDays(100) },
    };

    [Fact]
    public void Reach_CountsDistinctDoctors_NotDeliveries()
    {
        var status = Assert.Single(ObjectiveEvaluator.Evaluate(Spec(new Objective { Kpi = "reach", Target = 10 }), _scope, Slice(("delivered", 4, 12)), null, _start.AddDays(100)));

        Assert.Equal(4.0, status.Actual);
        Assert.Equal("4 doctors reached; 12 deliveries", status.Basis);
    }

    [Fact]
    public void OpenRate_IsDoctorsWhoOpened_OverDoctorsReached_OnItsChannelOnly_RepeatedOpensCountOnce()
    {
        var engagement = new EngagementSlice(
            [Count("delivered", 100), Count("opened", 90), Count("delivered", 100, "diabetes/hcp-sms")],
            [.. Doctors("delivered", 100), .. Doctors("opened", 36), .. Doctors("delivered", 100, "diabetes/hcp-sms"), .. Doctors("opened", 100, "diabetes/hcp-sms")]);

        var status = Assert.Single(ObjectiveEvaluator.Evaluate(Spec(new Objective { Kpi = "openRate", Target = 0.35, Channel = "approved-email" }), _scope, engagement, null, _start));

        Assert.Equal((0.36, true), (status.Actual, status.OnTrack));
        Assert.Equal("36 doctors opened of 100 doctors reached", status.Basis);
    }

    [Fact]
    public void OpenRate_NeverExceedsOne_WhenDoctorsOpenWithoutARecordedDelivery()
    {
        var engagement = new EngagementSlice([Count("delivered", 30), Count("opened", 40)], [.. Doctors("delivered", 30), .. Doctors("opened", 40)]);

        var measured = KpiCalculator.Measure("openRate", engagement);

        Assert.Equal((1.0, 30L), (measured.Value, measured.Denominator));
    }

    [Fact]
    public void Rate_BelowTarget_IsOffTrack_AndTooFewDoctorsAreNotJudged()
    {
        var spec = Spec(new Objective { Kpi = "clickRate", Target = 0.1 });

        var off = Assert.Single(ObjectiveEvaluator.Evaluate(spec, _scope, Slice(("delivered", 200, 200), ("clicked", 10, 25)), null, _start));
        var few = Assert.Single(ObjectiveEvaluator.Evaluate(spec, _scope, Slice(("delivered", 5, 5), ("clicked", 0, 0)), null, _start));

        Assert.Equal((0.05, false), (off.Actual, off.OnTrack));
        Assert.Equal(0.0, few.Actual);
        Assert.Null(few.OnTrack);
        Assert.Contains("too few to judge", few.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Registrations_CountDoctors_AgainstTheShareOfTheTargetDueByNow()
    {
        var spec = Spec(new Objective { Kpi = "webinarRegistrations", Target = 300 });
        var engagement = Slice(("registered", 40, 55));

        var early = Assert.Single(ObjectiveEvaluator.Evaluate(spec, _scope, engagement, null, _start.AddDays(10)));
        var late = Assert.Single(ObjectiveEvaluator.Evaluate(spec, _scope, engagement, null, _start.AddDays(50)));

        Assert.Equal((40.0, 30.0, true), (early.Actual, early.ExpectedByNow, early.OnTrack));
        Assert.Equal((150.0, false), (late.ExpectedByNow, late.OnTrack));
        Assert.Equal("40 doctors registered; 55 registrations", early.Basis);
    }

    [Fact]
    public void DoctorCounts_SayWhenNoEventNamesADoctor()
    {
        var measured = KpiCalculator.Measure("reach", new EngagementSlice([Count("delivered", 12)], []));

        Assert.Equal(0.0, measured.Value);
        Assert.Contains("none of the 12 deliveries names a doctor", measured.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCompletion_IsTheMeanReadThroughOfReads()
    {
        var status = Assert.Single(ObjectiveEvaluator.Evaluate(Spec(new Objective { Kpi = "readCompletion", Target = 0.4 }), _scope, new EngagementSlice([Count("read", 40, read: 14)], []), null, _start));

        Assert.Equal((0.35, false), (status.Actual, status.OnTrack));
        Assert.Equal("mean read-through of 40 reads", status.Basis);
    }

    [Fact]
    public void CycleTime_IsOnTrack_AtOrBelowItsTarget_WithItsBasis_AndUnjudgedBeforeAnyPublication()
    {
        var spec = Spec(new Objective { Kpi = "cycleTimeDays", Target = 10 });
        var cycle = CycleTime.Measure([(_start, _start.AddDays(7.5))], "the first Git commit holding the piece's file");

        var met = Assert.Single(ObjectiveEvaluator.Evaluate(spec, _scope, EngagementSlice.Empty, cycle, _start));
        var none = Assert.Single(ObjectiveEvaluator.Evaluate(spec, _scope, EngagementSlice.Empty, null, _start));

        Assert.Equal((7.5, true), (met.Actual, met.OnTrack));
        Assert.Equal("median over 1 published piece(s); brief = the first Git commit holding the piece's file", met.Basis);
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
    public void Breakdown_GroupsDoctorsByDimension_WithUnknownValuesLabelled()
    {
        var engagement = new EngagementSlice(
            [Count("delivered", 10), Count("opened", 5)],
            [.. Doctors("delivered", 10), .. Doctors("opened", 5), .. Doctors("delivered", 4, region: ""), .. Doctors("opened", 1, region: "")]);

        var byRegion = KpiBreakdown.By(KpiDimension.Region, "openRate", engagement);

        Assert.Equal([("江苏", 0.5), (KpiBreakdown.Unknown, 0.25)], byRegion.Select(r => (r.Key, r.Measurement.Value!.Value)));
    }

    [Fact]
    public void Funnel_CountsSendsWhoseDoctorDidEachStep_AndKeepsDoctorsWithoutASendApart()
    {
        ChannelFunnel.Send[] sends = [new("diabetes/klp-email-launch", "hcp-0000", Email), new("diabetes/klp-email-launch", "hcp-0001", Email), new("diabetes/klp-email-launch", "hcp-0002", Email)];
        EngagedHcp[] doctors = [.. Doctors("delivered", 2), .. Doctors("opened", 1), .. Doctors("delivered", 5).Skip(4)];

        var stage = Assert.Single(ChannelFunnel.Build(sends, doctors));

        Assert.Equal((3L, 2L, 1L, 0L, 1L), (stage.Sends, stage.Steps[0], stage.Steps[1], stage.Steps[2], stage.WithoutSend));
    }

    [Fact]
    public void Ranking_AndPredictions_CountEachDoctorOnce_SoRepeatedOpensNeverRaiseARateAboveTheFunnel()
    {
        var doctors = Enumerable.Range(0, 40).SelectMany(i => new[]
        {
            new EngagedHcp("diabetes/klp-launch-2026", "diabetes/klp-email-launch", Email, "tier3-endocrinology", "江苏", "江苏一组", "delivered", $"hcp-{i:0000}") { FirstDay = new DateOnly(2026, 12, 1 + (i % 2)) },
        }).Concat(Enumerable.Range(0, 10).Select(i => new EngagedHcp("diabetes/klp-launch-2026", "diabetes/klp-email-launch", Email, "tier3-endocrinology", "江苏", "江苏一组", "opened", $"hcp-{i:0000}")));
        // Every opener opened five times: 50 open events for 10 doctors.
        var engagement = new EngagementSlice([Count("delivered", 40), Count("opened", 50)], [.. doctors]);

        var ranked = Assert.Single(PieceRanking.Rank(engagement));
        var (_, cells) = PredictedVersusActual.Compare(engagement);

        Assert.Equal((0.25, 40L), (ranked.Rate, ranked.Delivered));
        Assert.Equal(0.25, Assert.Single(cells).Actual);
    }
}
