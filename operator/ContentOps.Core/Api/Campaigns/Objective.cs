using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Campaigns;

/// <summary>A KPI target, e.g. open rate ≥ 0.35 on the WeChat service account.</summary>
public sealed record Objective
{
    /// <summary>The KPI.</summary>
    [Required]
    [AllowedValues("reach", "openRate", "clickRate", "readCompletion", "webinarRegistrations", "repFollowUps", "cycleTimeDays")]
    public string Kpi { get; init; } = "";

    /// <summary>The target value (a rate in 0..1, a count, or days).</summary>
    [Required]
    [Range(0, double.MaxValue)]
    public double Target { get; init; }

    /// <summary>ChannelTarget the KPI is measured on; all channels when omitted.</summary>
    public string? Channel { get; init; }
}
