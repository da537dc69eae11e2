namespace ContentOps.Operator.Stores;

/// <summary>
/// One send of one content digest of one piece to one HCP on one channel: the outbox entry written before the
/// channel is called and completed by the receipt after it.
/// </summary>
internal sealed record SendEntry
{
    /// <summary>hash(piece uid, hcp, channel, contentDigest): the same for every retry of this send.</summary>
    public required string IdempotencyKey { get; init; }

    public required string PieceUid { get; init; }

    /// <summary>namespace/name of the piece, for people reading the ledger.</summary>
    public required string PieceRef { get; init; }

    /// <summary>The HCP's profile id.</summary>
    public required string Hcp { get; init; }

    /// <summary>namespace/name of the ChannelTarget.</summary>
    public required string Channel { get; init; }

    public required string ContentDigest { get; init; }

    /// <summary>The segment whose variant is sent, or null.</summary>
    public string? Segment { get; init; }

    /// <summary>See <see cref="SendStates"/>.</summary>
    public string State { get; init; } = SendStates.Pending;

    /// <summary>The channel's id for the delivery (Message-ID, msg_id, gateway id, file path).</summary>
    public string? ExternalId { get; init; }

    /// <summary>Failed attempts so far.</summary>
    public int Attempts { get; init; }

    /// <summary>The last failure, a sentence without secrets.</summary>
    public string? LastError { get; init; }

    /// <summary>Delivery status reported by the channel (delivered, failed, unknown), when it reports one.</summary>
    public string? DeliveryStatus { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the plan scheduled the send (after quiet hours).</summary>
    public DateTimeOffset DueAt { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    /// <summary>When the send was cancelled (never sent) or withdrawn (taken back after sending).</summary>
    public DateTimeOffset? StoppedAt { get; init; }

    /// <summary>Why it was cancelled or withdrawn: Deleted, Expired, ClaimWithdrawn, NoLongerCompliant, Superseded.</summary>
    public string? StopReason { get; init; }
}
