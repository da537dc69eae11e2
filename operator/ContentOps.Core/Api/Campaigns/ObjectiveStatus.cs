namespace ContentOps.Core.Api.Campaigns;

/// <summary>One objective measured from the stored engagement events: its actual value against its target.</summary>
public sealed record ObjectiveStatus
{
    /// <summary>The KPI, as declared in spec.objectives.</summary>
    public string Kpi { get; init; } = "";

    /// <summary>ChannelTarget the KPI is measured on; all channels when absent.</summary>
    public string? Channel { get; init; }

    /// <summary>The declared target.</summary>
    public double Target { get; init; }

    /// <summary>The measured value (a rate in 0..1, a count, or days); absent while nothing was measured.</summary>
    public double? Actual { get; init; }

    /// <summary>For counts: the share of the target due by now (target × elapsed share of the campaign schedule).</summary>
    public double? ExpectedByNow { get; init; }

    /// <summary>True when the actual value meets the target (at most the target for cycleTimeDays, at least the share due by now for counts); absent when there is too little data to judge.</summary>
    public bool? OnTrack { get; init; }

    /// <summary>What the value was computed from, e.g. "412 opened of 1,180 delivered".</summary>
    public string? Basis { get; init; }
}
