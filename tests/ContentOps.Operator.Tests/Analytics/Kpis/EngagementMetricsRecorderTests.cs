using ContentOps.Core.Analytics.Kpis;
using ContentOps.Core.Api;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Operator.Analytics.Kpis;
using ContentOps.Operator.Observability;
using ContentOps.Operator.Stores;
using Prometheus;

namespace ContentOps.Operator.Tests.Analytics.Kpis;

public sealed class EngagementMetricsRecorderTests
{
    private static readonly DateTimeOffset _now = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    private static (CampaignKpis Kpis, IReadOnlyList<DoctorGroup> Doctors, IReadOnlyList<ReachedUnits> Reached) Kpis(long delivered, long opened)
    {
        var campaign = new Campaign
        {
            Metadata = new ObjectMeta { Name = "klp-launch-2026", Namespace = "diabetes" },
            Spec = new CampaignSpec { Objectives = [new Objective { Kpi = "openRate", Target = 0.35, Channel = "approved-email" }] },
        };
        var scope = new CampaignScope("diabetes", "klp-launch-2026", ["diabetes/klp-email-launch"]);
        EngagementCount Count(string type, long n, int day) =>
            new("diabetes/klp-launch-2026", "diabetes/klp-email-launch", "diabetes/approved-email", "tier3-endocrinology", "江苏", "江苏一组", type, n, 0) { Day = new DateOnly(2026, 12, day) };
        IReadOnlyList<EngagementCount> counts = [Count("delivered", delivered, 1), Count("opened", opened, 1), Count("delivered", delivered, 3), Count("opened", opened, 3)];
        EngagedHcp Doctor(string type, int i) =>
            new("diabetes/klp-launch-2026", "diabetes/klp-email-launch", "diabetes/approved-email", "tier3-endocrinology", "江苏", "江苏一组", type, $"hcp-{i:0000}") { FirstDay = new DateOnly(2026, 12, 1 + (2 * (i % 2))) };
        var engagement = new EngagementSlice(counts, [.. Enumerable.Range(0, (int)delivered).Select(i => Doctor("delivered", i)), .. Enumerable.Range(0, (int)opened).Select(i => Doctor("opened", i))]);
        var aggregated = CampaignEngagement.Of(engagement, scope, ObjectiveEvaluator.Channels(campaign.Spec));
        return (new CampaignKpis(campaign, scope, aggregated, ObjectiveEvaluator.Evaluate(campaign.Spec, scope, aggregated, null, _now), null), CampaignEngagement.Groups(engagement), PredictedVersusActual.Units(engagement));
    }

    [Fact]
    public async Task Record_ExportsStoreTotals_Objectives_AndPredictions_WithoutPieceOrHcpLabels()
    {
        var metrics = new ContentOpsMetrics();
        var flag = new AdverseEventFlag("e1", _now, _now, null, "hcp-0001", "diabetes/klp-email-launch", "diabetes/klp-launch-2026", "康力平", "皮疹", false, "服用康力平后出现皮疹");

        var (first, firstDoctors, firstReached) = Kpis(40, 10);
        var (second, secondDoctors, secondReached) = Kpis(50, 20);
        EngagementMetricsRecorder.Record(metrics, first, [flag], firstDoctors, firstReached);
        EngagementMetricsRecorder.Record(metrics, second, [flag], secondDoctors, secondReached);

        Assert.Equal(100, metrics.EngagementEvents.WithLabels("diabetes/klp-launch-2026", "diabetes/approved-email", "tier3-endocrinology", "江苏", "江苏一组", "delivered").Value);
        Assert.Equal(20, metrics.EngagementDoctors.WithLabels("diabetes/klp-launch-2026", "diabetes/approved-email", "tier3-endocrinology", "江苏", "江苏一组", "opened").Value);
        Assert.Equal(0.4, metrics.ObjectiveActual.WithLabels("diabetes/klp-launch-2026", "openRate", "approved-email").Value);
        Assert.Equal(1, metrics.ObjectiveOnTrack.WithLabels("diabetes/klp-launch-2026", "openRate", "approved-email").Value);
        Assert.Equal(1, metrics.AdverseEventFlags.WithLabels("diabetes/klp-launch-2026", "false").Value);
        Assert.Equal(0.4, metrics.EngagementRateActual.WithLabels("diabetes/klp-launch-2026", "diabetes/approved-email", "tier3-endocrinology").Value);
        using var stream = new MemoryStream();
        await metrics.Registry.CollectAndExportAsTextAsync(stream);
        var exported = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.DoesNotContain("klp-email-launch", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("hcp-0001", exported, StringComparison.Ordinal);
    }
}
