namespace ContentOps.Core.Analytics.Prediction;

/// <summary>
/// Turns sends into the effect model's features from what the declarations say: each piece's features, each
/// channel's type and time zone (the send hour and weekday are local to the channel). A send of a piece or channel
/// no longer declared is left out: its features are unknown.
/// </summary>
/// <param name="Pieces">namespace/name of each piece → its features.</param>
/// <param name="Channels">namespace/name of each ChannelTarget → its type and the time zone its hours are read in.</param>
public sealed record SendFeatureSource(IReadOnlyDictionary<string, PieceFeatures> Pieces, IReadOnlyDictionary<string, (string Type, TimeZoneInfo Zone)> Channels)
{
    /// <summary>The features of a send, or null when its piece or channel is not declared.</summary>
    public EngagementFeatures? Features(string piece, string channel, string segment, DateTimeOffset at)
    {
        if (!Pieces.TryGetValue(piece, out var p) || !Channels.TryGetValue(channel, out var c))
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(at, c.Zone);
        return new EngagementFeatures(p.Format, c.Type, segment.Length == 0 ? "(all)" : segment, local.Hour, local.DayOfWeek, p.Length, p.ClaimCategories, p.Topic);
    }

    /// <summary>The training examples of the stored sends whose piece and channel are declared, oldest first.</summary>
    public IReadOnlyList<EngagementExample> Examples(IEnumerable<StoredSendOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var examples = new List<EngagementExample>();
        foreach (var o in outcomes)
        {
            if (Features(o.Piece, o.Channel, o.Segment, o.DeliveredAt) is { } features)
            {
                examples.Add(new EngagementExample(features, o.DeliveredAt, o.Engaged));
            }
        }

        return [.. examples.OrderBy(e => e.SentAt)];
    }
}
