using ContentOps.Core.Distribution;
using ContentOps.Core.Generation;

namespace ContentOps.Operator.Sending;

/// <summary>One published piece and the sends its plan holds for it.</summary>
internal sealed record PieceDispatch
{
    public required string PieceUid { get; init; }

    public required PieceRef Piece { get; init; }

    public required string ContentDigest { get; init; }

    /// <summary>The approved renditions (per channel, per segment).</summary>
    public required IReadOnlyList<Rendition> Renditions { get; init; }

    public required IReadOnlyList<PlannedSend> Sends { get; init; }

    /// <summary>ChannelTarget name → the channel's id for the piece-level publication (WeChat article), when there is one.</summary>
    public IReadOnlyDictionary<string, string> PublicationIds { get; init; } = new Dictionary<string, string>();
}
