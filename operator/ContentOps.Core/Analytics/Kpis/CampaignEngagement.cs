using ContentOps.Core.Analytics.Events;

namespace ContentOps.Core.Analytics.Kpis;

/// <summary>
/// A campaign's engagement, aggregated: its counted events summed over days and the distinct doctors per event type for
/// each channel its objectives filter on. What Campaign.status reads; its size grows with pieces, segments and teams,
/// never with doctors. The store computes it in SQL; <see cref="Of"/> computes the same from the rows in memory.
/// </summary>
/// <param name="Counts">Counted events summed over days (Day is default), ordered by their dimensions.</param>
/// <param name="DoctorsByChannel">Per objective channel (<see cref="AllChannels"/> for every channel): distinct doctors per type.</param>
public sealed record CampaignEngagement(
    IReadOnlyList<EngagementCount> Counts,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, DoctorTally>> DoctorsByChannel)
{
    /// <summary>The key of <see cref="DoctorsByChannel"/> for no channel filter.</summary>
    public const string AllChannels = "";

    public static CampaignEngagement Empty { get; } = new([], new Dictionary<string, IReadOnlyDictionary<string, DoctorTally>>());

    /// <summary>What a KPI filtered to <paramref name="channel"/> (null: every channel) is computed from.</summary>
    public KpiInputs Inputs(CampaignScope scope, string? channel)
    {
        ArgumentNullException.ThrowIfNull(scope);
        channel = string.IsNullOrEmpty(channel) ? null : channel;
        return new([.. Counts.Where(c => scope.OnChannel(c, channel))],
            DoctorsByChannel.GetValueOrDefault(channel ?? AllChannels) ?? new Dictionary<string, DoctorTally>());
    }

    /// <summary>The aggregation of a campaign's rows in memory (<paramref name="campaign"/>: already scoped to it).</summary>
    public static CampaignEngagement Of(EngagementSlice campaign, CampaignScope scope, IEnumerable<string?> channels)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(scope);
        var counts = campaign.Counts
            .GroupBy(c => (c.Campaign, c.Piece, c.Channel, c.Segment, c.Region, c.Team, c.Type, c.Sentiment))
            .Select(g => new EngagementCount(g.Key.Campaign, g.Key.Piece, g.Key.Channel, g.Key.Segment, g.Key.Region, g.Key.Team, g.Key.Type, g.Sum(c => c.Events), g.Sum(c => c.ReadThroughSum)) { Sentiment = g.Key.Sentiment });
        var doctors = channels.Select(c => c ?? AllChannels).Append(AllChannels).Distinct(StringComparer.Ordinal)
            .ToDictionary(c => c, c => campaign.Where(h => scope.OnChannel(h, c.Length == 0 ? null : c)).Inputs().Doctors, StringComparer.Ordinal);
        return new(Ordered(counts), doctors);
    }

    /// <summary>Distinct doctors per channel × segment × region × team × type of a campaign's rows in memory (the doctor gauges).</summary>
    public static IReadOnlyList<DoctorGroup> Groups(EngagementSlice campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return Ordered(campaign.Hcps.GroupBy(h => (h.Channel, h.Segment, h.Region, h.Team, h.Type))
            .Select(g => new DoctorGroup(g.Key.Channel, g.Key.Segment, g.Key.Region, g.Key.Team, g.Key.Type, g.Select(h => h.Hcp).Distinct(StringComparer.Ordinal).Count())));
    }

    /// <summary>Counts in the order of their dimensions (ordinal), whichever database or computation produced them.</summary>
    public static IReadOnlyList<EngagementCount> Ordered(IEnumerable<EngagementCount> counts) =>
        [.. counts.OrderBy(c => c.Campaign, StringComparer.Ordinal).ThenBy(c => c.Piece, StringComparer.Ordinal).ThenBy(c => c.Channel, StringComparer.Ordinal)
            .ThenBy(c => c.Segment, StringComparer.Ordinal).ThenBy(c => c.Region, StringComparer.Ordinal).ThenBy(c => c.Team, StringComparer.Ordinal)
            .ThenBy(c => c.Type, StringComparer.Ordinal).ThenBy(c => c.Sentiment, StringComparer.Ordinal)];

    /// <summary>Doctor groups in the order of their labels (ordinal).</summary>
    public static IReadOnlyList<DoctorGroup> Ordered(IEnumerable<DoctorGroup> groups) =>
        [.. groups.OrderBy(g => g.Channel, StringComparer.Ordinal).ThenBy(g => g.Segment, StringComparer.Ordinal).ThenBy(g => g.Region, StringComparer.Ordinal)
            .ThenBy(g => g.Team, StringComparer.Ordinal).ThenBy(g => g.Type, StringComparer.Ordinal)];

    /// <summary>Events of one type over every channel.</summary>
    public long Events(EngagementEventType type) => Counts.Where(c => c.Type == type.Name()).Sum(c => c.Events);
}
