namespace ContentOps.Core.Distribution;

/// <summary>
/// One send the planner decided on: this HCP gets this piece (the rendition of <see cref="Segment"/>, or the single one)
/// on this ChannelTarget at <see cref="SendAt"/>. The content digest pins what was planned: a send must not go out
/// for another digest (the send ledger keys its outbox entry by piece, HCP, channel and digest).
/// </summary>
public sealed record PlannedSend
{
    /// <summary>HCP id.</summary>
    public required string Hcp { get; init; }

    public required PieceRef Piece { get; init; }

    /// <summary>ChannelTarget name (same namespace as the piece).</summary>
    public required string Channel { get; init; }

    /// <summary>The ChannelTarget's type: file, webhook, smtp, wechat, sms.</summary>
    public required string ChannelType { get; init; }

    /// <summary>Consent channel the send uses: wechat, email or sms (<see cref="ConsentChannels"/>).</summary>
    public required string ConsentChannel { get; init; }

    /// <summary>The segment whose variant is sent: the first of the piece's segments the HCP is in, unless the allocator chose another one they are in; null for all of the audience.</summary>
    public string? Segment { get; init; }

    /// <summary>When to send, in the time zone of the channel's quiet hours or the campaign (never before the planning time).</summary>
    public required DateTimeOffset SendAt { get; init; }

    /// <summary>True when the send was moved out of quiet hours.</summary>
    public bool Deferred { get; init; }

    /// <summary>False for HCPs with personalisation opt-out (PIPL Art. 24): they get the non-personalised rendition.</summary>
    public required bool Personalized { get; init; }

    /// <summary>Why this send, in a sentence, e.g. "segment tier3-endocrinology, email consent since 2026-03-01".</summary>
    public required string Reason { get; init; }

    /// <summary>Content digest of the piece the send is for.</summary>
    public required string ContentDigest { get; init; }

    /// <summary>The model that chose the send's channel, variant and time (the learning allocator's version), or null when the defaults were kept (first allowed channel, first matching segment's variant, earliest time).</summary>
    public string? ModelVersion { get; init; }

    /// <summary>Digest of the rendition to send (the segment's variant, or the non-personalised one), when known.</summary>
    public string? RenditionDigest { get; init; }
}
