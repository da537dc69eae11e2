namespace ContentOps.Core.Distribution;

/// <summary>An (HCP, piece, channel) pair the planner did not send, and why.</summary>
public sealed record SkippedSend
{
    public required string Hcp { get; init; }

    public required PieceRef Piece { get; init; }

    /// <summary>ChannelTarget name.</summary>
    public required string Channel { get; init; }

    /// <summary>Segment the HCP matched, or null.</summary>
    public string? Segment { get; init; }

    /// <summary>Which rule skipped it (<see cref="SkipRules"/>), for counting.</summary>
    public required string Rule { get; init; }

    /// <summary>A sentence a person can read, e.g. "skipped: no sms consent".</summary>
    public required string Reason { get; init; }
}
