namespace ContentOps.Core.Api.Campaigns;

/// <summary>The window a campaign runs in.</summary>
public sealed record CampaignSchedule
{
    /// <summary>First moment pieces may publish (RFC 3339 with offset, e.g. 2026-12-01T00:00:00+08:00).</summary>
    [SchemaFormat("date-time")]
    public DateTimeOffset? Start { get; init; }

    /// <summary>Moment after which every piece is withdrawn.</summary>
    [SchemaFormat("date-time")]
    public DateTimeOffset? End { get; init; }

    /// <summary>IANA time zone for reports and quiet hours, default Asia/Shanghai.</summary>
    [SchemaFormat("time-zone")]
    public string? TimeZone { get; init; }
}
