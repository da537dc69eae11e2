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
}
