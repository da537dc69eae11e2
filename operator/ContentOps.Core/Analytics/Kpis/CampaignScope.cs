namespace ContentOps.Core.Analytics.Kpis;

/// <summary>
/// Which counted events belong to a campaign: those naming it (namespace/name, or its bare name) and those without a
/// campaign whose send was of one of its pieces. Channels match as namespace/name or as the bare ChannelTarget name.
/// </summary>
public sealed class CampaignScope(string @namespace, string name, IEnumerable<string> pieceRefs)
{
    private readonly HashSet<string> _pieces = new(pieceRefs, StringComparer.Ordinal);

    public string Ref { get; } = $"{@namespace}/{name}";

    public string Namespace => @namespace;

    /// <summary>The campaign's bare name (events may name it without the namespace).</summary>
    public string Name => name;

    /// <summary>namespace/name of the campaign's pieces: events without a campaign attributed to one of them belong to it.</summary>
    public IReadOnlyCollection<string> Pieces => _pieces;

    /// <summary>How an event names <paramref name="channel"/> (a ChannelTarget of the campaign's namespace): bare or namespace/name.</summary>
    public IReadOnlyList<string> ChannelNames(string channel) => [channel, $"{@namespace}/{channel}"];

    public bool Contains(IEngagementDimensions item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Contains(item.Campaign, item.Piece);
    }

    /// <summary>True for an event naming the campaign, or naming none and attributed to one of its pieces.</summary>
    public bool Contains(string? campaign, string? piece) =>
        string.IsNullOrEmpty(campaign)
            ? piece is not null && _pieces.Contains(piece)
            : campaign == Ref || campaign == name;

    public IReadOnlyList<EngagementCount> Of(IEnumerable<EngagementCount> counts) => [.. counts.Where(Contains)];

    /// <summary>The campaign's part of a slice: its counted events and its doctors.</summary>
    public EngagementSlice Of(EngagementSlice slice)
    {
        ArgumentNullException.ThrowIfNull(slice);
        return slice.Where(Contains);
    }

    /// <summary>True when the count is on the channel (a ChannelTarget name of the campaign's namespace); every channel for null.</summary>
    public bool OnChannel(IEngagementDimensions item, string? channel)
    {
        ArgumentNullException.ThrowIfNull(item);
        return channel is null || item.Channel == channel || item.Channel == $"{@namespace}/{channel}";
    }
}
