namespace ContentOps.Operator.Stores;

/// <summary>
/// One aggregate row: events of one type on one day (UTC) for a campaign, channel, segment, region, piece (the
/// attributed send's piece, namespace/name), rep team and, for comments, sentiment; "" when unknown.
/// </summary>
internal sealed record DailyEngagement(DateOnly Day, string Campaign, string Channel, string Segment, string Region, string Type, long Events, double ReadThroughSum, double DwellSecondsSum)
{
    public string Piece { get; init; } = "";

    public string Team { get; init; } = "";

    /// <summary>positive, neutral or negative for analysed comments, else "".</summary>
    public string Sentiment { get; init; } = "";
}
