namespace ContentOps.Core.Analytics.Kpis;

/// <summary>
/// Engagement events of one type counted over a set of dimensions (one daily aggregate row): what every KPI is
/// computed from. Campaign, piece and channel are namespace/name; "" means unknown.
/// </summary>
public sealed record EngagementCount(string Campaign, string Piece, string Channel, string Segment, string Region, string Team, string Type, long Events, double ReadThroughSum) : IEngagementDimensions
{
    /// <summary>For comments: positive, neutral or negative; else "".</summary>
    public string Sentiment { get; init; } = "";

    /// <summary>The day (UTC) the events happened.</summary>
    public DateOnly Day { get; init; }
}
