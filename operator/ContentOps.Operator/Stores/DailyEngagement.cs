namespace ContentOps.Operator.Stores;

/// <summary>One aggregate row: events of one type on one day (UTC) for a campaign, channel, segment and region ("" when unknown).</summary>
internal sealed record DailyEngagement(DateOnly Day, string Campaign, string Channel, string Segment, string Region, string Type, long Events, double ReadThroughSum, double DwellSecondsSum);
