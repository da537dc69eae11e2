using ContentOps.Core.Api.ContentPieces;

namespace ContentOps.Core.Distribution.Planning;

/// <summary>A live (published or scheduled) piece the planner distributes: its spec and the content it would send.</summary>
public sealed record DistributionPiece
{
    public required PieceRef Ref { get; init; }

    public required ContentPieceSpec Spec { get; init; }

    /// <summary>Content digest of the approved content.</summary>
    public required string ContentDigest { get; init; }

    /// <summary>The renditions (per channel, per segment for per-segment variants).</summary>
    public IReadOnlyList<RenditionRef> Renditions { get; init; } = [];

    /// <summary>
    /// HCP id → the ChannelTarget (name) that already holds this content for the HCP in the send ledger (pending, sent or
    /// failed): with <c>distribution.channels: best</c> no other channel is planned for that HCP.
    /// </summary>
    public IReadOnlyDictionary<string, string> Committed { get; init; } = new Dictionary<string, string>();
}
