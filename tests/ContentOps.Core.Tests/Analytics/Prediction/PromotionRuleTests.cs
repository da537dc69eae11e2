using ContentOps.Core.Analytics.Prediction;

namespace ContentOps.Core.Tests.Analytics.Prediction;

public sealed class PromotionRuleTests
{
    private static BinaryMetrics Metrics(double auc, double calibration) => new(auc, 0.1, calibration, 0.1, 0.1);

    [Fact]
    public void Decide_DoesNotPromote_AModelWithALowerHoldoutAucThanTheBaseline()
    {
        var (promote, reason) = PromotionRule.Decide(Metrics(0.61, 0.01), Metrics(0.65, 0.01));

        Assert.False(promote);
        Assert.Equal("not promoted: holdout AUC 0.610 < baseline 0.650", reason);
    }

    [Fact]
    public void Decide_DoesNotPromote_AModelMuchWorseCalibratedThanTheBaseline()
    {
        var (promote, reason) = PromotionRule.Decide(Metrics(0.70, 0.09), Metrics(0.65, 0.01), holdoutRows: 2_000);

        Assert.False(promote);
        Assert.StartsWith("not promoted: holdout calibration error", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_Promotes_AModelThatRanksAtLeastAsWell_AndIsAsWellCalibrated()
    {
        var (promote, reason) = PromotionRule.Decide(Metrics(0.70, 0.02), Metrics(0.65, 0.01), holdoutRows: 2_000);

        Assert.True(promote);
        Assert.StartsWith("promoted: holdout AUC 0.700 ≥ baseline 0.650", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_IsDue_OnlyAfterTheIntervalAndEnoughNewSends()
    {
        var schedule = new EffectModelSchedule { Interval = TimeSpan.FromHours(24), MinimumNewSends = 100 };
        var trained = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        var card = new EffectModelCard { Version = "v", Kind = EffectModelKinds.Baseline, TrainedAt = trained, Sends = 1_000, DataDigest = "d", Reason = "r" };

        Assert.False(schedule.IsDue(card, 1_500, trained.AddHours(23)));
        Assert.False(schedule.IsDue(card, 1_050, trained.AddHours(48)));
        Assert.True(schedule.IsDue(card, 1_100, trained.AddHours(24)));
        Assert.True(schedule.IsDue(null, 1, trained));
        Assert.False(schedule.IsDue(null, 0, trained));
    }
}
