using ContentOps.Core.Analytics.Events;
using ContentOps.Core.Analytics.Kpis;
using ContentOps.Operator.Observability;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Analytics.Kpis;

/// <summary>
/// Mirrors a campaign's measured engagement into the metrics: the store's totals as counters (raised to the stored
/// value, so they never go down), objectives and predicted vs actual as gauges. Labels are bounded: campaign, channel,
/// segment, region, rep team, type, kpi, sentiment; never a piece or an HCP.
/// </summary>
internal static class EngagementMetricsRecorder
{
    /// <param name="doctors">The campaign's distinct doctors per label set (<see cref="IEngagementStore.DoctorGroupsAsync"/>).</param>
    /// <param name="reached">The campaign's reached units (<see cref="IEngagementStore.ReachedAsync"/>), for predicted vs actual.</param>
    public static void Record(ContentOpsMetrics metrics, CampaignKpis kpis, IReadOnlyList<AdverseEventFlag> flags, IReadOnlyList<DoctorGroup> doctors, IReadOnlyList<ReachedUnits> reached)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(kpis);
        var campaign = kpis.Scope.Ref;
        foreach (var group in kpis.Counts.GroupBy(c => (c.Channel, c.Segment, c.Region, c.Team, c.Type)))
        {
            metrics.EngagementEvents.WithLabels(campaign, group.Key.Channel, group.Key.Segment, group.Key.Region, group.Key.Team, group.Key.Type).IncTo(group.Sum(c => c.Events));
        }

        foreach (var group in doctors)
        {
            metrics.EngagementDoctors.WithLabels(campaign, group.Channel, group.Segment, group.Region, group.Team, group.Type).Set(group.Doctors);
        }

        var comment = EngagementEventType.Comment.Name();
        foreach (var group in kpis.Counts.Where(c => c.Type == comment && c.Sentiment.Length > 0).GroupBy(c => (c.Channel, c.Sentiment)))
        {
            metrics.Comments.WithLabels(campaign, group.Key.Channel, group.Key.Sentiment).IncTo(group.Sum(c => c.Events));
        }

        foreach (var serious in new[] { true, false })
        {
            metrics.AdverseEventFlags.WithLabels(campaign, serious ? "true" : "false").Set(flags.Count(f => f.Serious == serious && kpis.Scope.Contains(f.Campaign, f.PieceRef)));
        }

        foreach (var objective in kpis.Objectives)
        {
            var labels = new[] { campaign, objective.Kpi, objective.Channel ?? "" };
            metrics.ObjectiveTarget.WithLabels(labels).Set(objective.Target);
            if (objective.Actual is { } actual)
            {
                metrics.ObjectiveActual.WithLabels(labels).Set(actual);
            }

            if (objective.OnTrack is { } onTrack)
            {
                metrics.ObjectiveOnTrack.WithLabels(labels).Set(onTrack ? 1 : 0);
            }
            else
            {
                metrics.ObjectiveOnTrack.RemoveLabelled(labels);
            }
        }

        foreach (var cell in PredictedVersusActual.Compare(reached).Cells)
        {
            metrics.EngagementRatePredicted.WithLabels(campaign, cell.Channel, cell.Segment).Set(cell.Predicted);
            metrics.EngagementRateActual.WithLabels(campaign, cell.Channel, cell.Segment).Set(cell.Actual ?? 0);
        }
    }
}
