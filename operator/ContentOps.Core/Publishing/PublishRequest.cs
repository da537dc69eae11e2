using ContentOps.Core.Api.Channels;
using ContentOps.Core.Generation;

namespace ContentOps.Core.Publishing;

/// <summary>One rendition to deliver on one channel.</summary>
public sealed record PublishRequest
{
    /// <summary>hash(piece uid, channel, contentDigest): the same for every retry of this publication.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>namespace/name of the piece.</summary>
    public required string Piece { get; init; }

    public required ChannelTarget Channel { get; init; }

    public required Rendition Rendition { get; init; }

    public required string ContentDigest { get; init; }

    /// <summary>Secret value resolved from the channel's secretRef (HMAC key, credentials), or null.</summary>
    public string? Secret { get; init; }
}
