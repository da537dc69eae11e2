using System.Globalization;
using ContentOps.Core.Api.Campaigns;

namespace ContentOps.Core.Analytics.Kpis;

/// <summary>
/// Each objective of a campaign against what the events show. Rates are on track at or above their target once at
/// least <see cref="MinimumSample"/> doctors reached (reads for read completion) are behind them; counts at or above the share of the target due by now
/// (the elapsed share of the campaign schedule, the whole target without one); cycle time at or below its target.
/// Before the campaign has any stored event nothing but cycle time is judged.
/// </summary>
public static class ObjectiveEvaluator
{
    /// <summary>Below this many doctors reached (reads for read completion) a rate is shown but not judged.</summary>
    public const int MinimumSample = 20;

    /// <summary>The objectives against a campaign's rows in memory (<paramref name="campaign"/>: already scoped to it).</summary>
    public static IReadOnlyList<ObjectiveStatus> Evaluate(CampaignSpec spec, CampaignScope scope, EngagementSlice campaign, CycleTimeResult? cycleTime, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(campaign);
        return Evaluate(spec, scope, CampaignEngagement.Of(campaign, scope, Channels(spec)), cycleTime, now);
    }

    /// <summary>The objectives against a campaign's aggregated engagement (what the store computes in SQL).</summary>
    public static IReadOnlyList<ObjectiveStatus> Evaluate(CampaignSpec spec, CampaignScope scope, CampaignEngagement campaign, CycleTimeResult? cycleTime, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(campaign);
        return [.. (spec.Objectives ?? []).Select(o => Evaluate(o, spec.Schedule, scope, campaign, cycleTime, now))];
    }

    /// <summary>The channels the objectives filter on (null: every channel), each once.</summary>
    public static IReadOnlyList<string?> Channels(CampaignSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return [.. (spec.Objectives ?? []).Select(o => o.Channel).Distinct(StringComparer.Ordinal)];
    }

    private static ObjectiveStatus Evaluate(Objective objective, CampaignSchedule? schedule, CampaignScope scope, CampaignEngagement campaign, CycleTimeResult? cycleTime, DateTimeOffset now)
    {
        var status = new ObjectiveStatus { Kpi = objective.Kpi, Channel = objective.Channel, Target = objective.Target };
        if (objective.Kpi == KpiNames.CycleTimeDays)
        {
            return cycleTime is { } cycle
                ? status with { Actual = Math.Round(cycle.MedianDays, 2), OnTrack = cycle.MedianDays <= objective.Target, Basis = cycle.Basis }
                : status with { Basis = "no piece published yet" };
        }

        if (campaign.Counts.Count == 0)
        {
            return status with { Basis = "no engagement events stored for the campaign yet" };
        }

        var measured = KpiCalculator.Measure(objective.Kpi, campaign.Inputs(scope, objective.Channel));
        status = status with { Actual = measured.Value is { } v ? Math.Round(v, 4) : null, Basis = measured.Basis };
        if (measured.Value is not { } actual)
        {
            return status;
        }

        if (KpiNames.IsCount(objective.Kpi))
        {
            var expected = Math.Round(objective.Target * ElapsedShare(schedule, now), 1);
            return status with { ExpectedByNow = expected, OnTrack = actual >= expected };
        }

        return measured.Denominator < MinimumSample
            ? status with { Basis = measured.Basis + string.Create(CultureInfo.InvariantCulture, $"; too few to judge (under {MinimumSample})") }
            : status with { OnTrack = actual >= objective.Target };
    }

    /// <summary>The elapsed share of the schedule (0–1); 1 without a schedule, so the whole target is due.</summary>
    public static double ElapsedShare(CampaignSchedule? schedule, DateTimeOffset now)
    {
        if (schedule?.Start is not { } start || schedule.End is not { } end || end <= start)
        {
            return 1;
        }

        return Math.Clamp((now - start).TotalSeconds / (end - start).TotalSeconds, 0, 1);
    }
}
