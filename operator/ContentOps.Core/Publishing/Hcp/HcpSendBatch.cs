using ContentOps.Core.Api.Channels;
using ContentOps.Core.Generation;

namespace ContentOps.Core.Publishing.Hcp;

/// <summary>One rendition of one piece, to several HCPs on one channel.</summary>
public sealed record HcpSendBatch
{
    /// <summary>namespace/name of the piece.</summary>
    public required string Piece { get; init; }

    public required string ContentDigest { get; init; }

    public required ChannelTarget Channel { get; init; }

    public required Rendition Rendition { get; init; }

    public required IReadOnlyList<HcpSend> Sends { get; init; }

    /// <summary>The channel's id for the piece-level publication (WeChat: the published article), when there is one.</summary>
    public string? PublicationId { get; init; }

    /// <summary>Secret value resolved from the channel's secretRef, or null. Never logged or echoed.</summary>
    public string? Secret { get; init; }
}
