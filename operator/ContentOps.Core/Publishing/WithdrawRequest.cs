using ContentOps.Core.Api.Channels;

namespace ContentOps.Core.Publishing;

/// <summary>Take down a previous publication.</summary>
public sealed record WithdrawRequest
{
    public required string IdempotencyKey { get; init; }

    public required string Piece { get; init; }

    public required ChannelTarget Channel { get; init; }

    /// <summary>The id the channel returned when publishing.</summary>
    public string? ExternalId { get; init; }

    /// <summary>Why: Deleted, Expired, Superseded, NoLongerCompliant.</summary>
    public required string Reason { get; init; }

    public string? Secret { get; init; }
}
