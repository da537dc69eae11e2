using ContentOps.Core.Api.Channels;

namespace ContentOps.Core.Publishing.Hcp;

/// <summary>Take back one send that reached an HCP.</summary>
public sealed record HcpWithdrawal
{
    public required string IdempotencyKey { get; init; }

    /// <summary>namespace/name of the piece.</summary>
    public required string Piece { get; init; }

    public required ChannelTarget Channel { get; init; }

    public required HcpRecipient Recipient { get; init; }

    /// <summary>The channel's id for the send (Message-ID, msg_id, gateway id, file).</summary>
    public required string ExternalId { get; init; }

    /// <summary>Deleted, Expired, ClaimWithdrawn, NoLongerCompliant.</summary>
    public required string Reason { get; init; }

    /// <summary>
    /// Where the channel cannot take a message back (e-mail, SMS): send this correction instead, or nothing when null.
    /// </summary>
    public string? Correction { get; init; }

    public string? Secret { get; init; }
}
