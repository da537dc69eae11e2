namespace ContentOps.Core.Distribution.Planning;

/// <summary>
/// Sends per HCP per channel and per HCP per campaign, made and planned, in time order: what caps count.
/// Also the (HCP, piece, channel, digest) sends already made, so a rerun does not plan them again.
/// </summary>
internal sealed class SendLedgerState
{
    private readonly Dictionary<(string Hcp, int Channel), List<DateTimeOffset>> _perChannel = [];
    private readonly Dictionary<(string Hcp, int Campaign), List<DateTimeOffset>> _perCampaign = [];
    private readonly HashSet<(string Hcp, string Piece, int Channel)> _sentAnyDigest = [];
    private readonly HashSet<(string Hcp, string Piece, int Channel, string Digest)> _sent = [];
    private readonly Dictionary<(string Hcp, string Piece, string? Digest), int> _firstChannel = [];

    public IReadOnlyList<DateTimeOffset> OnChannel(string hcp, int channel) => _perChannel.GetValueOrDefault((hcp, channel)) ?? [];

    public IReadOnlyList<DateTimeOffset> InCampaign(string hcp, int campaign) => _perCampaign.GetValueOrDefault((hcp, campaign)) ?? [];

    /// <summary>True when the same content of the piece already went to the HCP on the channel (a record without digest matches any).</summary>
    public bool AlreadySent(string hcp, string piece, int channel, string digest) =>
        _sentAnyDigest.Contains((hcp, piece, channel)) || _sent.Contains((hcp, piece, channel, digest));

    /// <summary>The channel the content of the piece first went to the HCP on (a record without digest matches any), or null.</summary>
    public int? SentOn(string hcp, string piece, string digest) =>
        _firstChannel.TryGetValue((hcp, piece, digest), out var channel) || _firstChannel.TryGetValue((hcp, piece, null), out channel) ? channel : null;

    public void RecordHistory(string hcp, string piece, int channel, string? digest)
    {
        _firstChannel.TryAdd((hcp, piece, digest), channel);
        if (digest is null)
        {
            _sentAnyDigest.Add((hcp, piece, channel));
        }
        else
        {
            _sent.Add((hcp, piece, channel, digest));
        }
    }

    public void Add(string hcp, int channel, int? campaign, DateTimeOffset at)
    {
        Insert(_perChannel, (hcp, channel), at);
        if (campaign is { } c)
        {
            Insert(_perCampaign, (hcp, c), at);
        }
    }

    private static void Insert<TKey>(Dictionary<TKey, List<DateTimeOffset>> map, TKey key, DateTimeOffset at)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = new List<DateTimeOffset>(2);
        }
        var i = list.Count;
        while (i > 0 && list[i - 1] > at)
        {
            i--;
        }
        list.Insert(i, at);
    }
}
