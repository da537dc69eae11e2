namespace ContentOps.Core.Distribution;

/// <summary>A send already made to one HCP (from the send ledger), which counts against caps and informs recommendations.</summary>
public sealed record SendRecord
{
    /// <summary>HCP id.</summary>
    public required string Hcp { get; init; }

    /// <summary>ChannelTarget name.</summary>
    public required string Channel { get; init; }

    public required PieceRef Piece { get; init; }

    /// <summary>When the channel accepted the send.</summary>
    public required DateTimeOffset SentAt { get; init; }

    /// <summary>Content digest that was sent, when known.</summary>
    public string? ContentDigest { get; init; }

    /// <summary>When the HCP opened it, when the channel reports opens.</summary>
    public DateTimeOffset? OpenedAt { get; init; }
}
