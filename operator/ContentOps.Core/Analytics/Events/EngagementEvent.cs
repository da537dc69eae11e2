namespace ContentOps.Core.Analytics.Events;

/// <summary>
/// One engagement event as imported or posted. <see cref="Id"/> is the source's event id (duplicates are dropped by
/// it). The send is found by <see cref="IdempotencyKey"/> (the send ledger's key), failing that by
/// <see cref="MessageId"/> (the channel's id of the message) on <see cref="Channel"/>, failing that by the send
/// reference <see cref="Piece"/> + <see cref="Hcp"/> + <see cref="Channel"/> (what CRM and platform exports carry).
/// </summary>
public sealed record EngagementEvent
{
    public required string Id { get; init; }

    public required EngagementEventType Type { get; init; }

    /// <summary>When it happened (not when it arrived: events may come late and out of order).</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    public string? IdempotencyKey { get; init; }

    public string? MessageId { get; init; }

    /// <summary>namespace/name of the ChannelTarget.</summary>
    public string? Channel { get; init; }

    /// <summary>The HCP's profile id, when the source knows it.</summary>
    public string? Hcp { get; init; }

    /// <summary>namespace/name of the Campaign.</summary>
    public string? Campaign { get; init; }

    /// <summary>
    /// namespace/name of the ContentPiece, for exports that report per piece (WeChat article statistics) rather than
    /// per send; an attributed send's piece wins.
    /// </summary>
    public string? Piece { get; init; }

    public string? Segment { get; init; }

    public string? Region { get; init; }

    /// <summary>The rep team that covers the HCP (e.g. 华东一组): the level below region on the command-centre dashboard.</summary>
    public string? Team { get; init; }

    /// <summary>For <c>read</c>: share of the content read, 0–1.</summary>
    public double? ReadThrough { get; init; }

    /// <summary>For <c>read</c>: seconds on the content.</summary>
    public double? DwellSeconds { get; init; }

    /// <summary>For <c>comment</c> and <c>rep-feedback</c>: what was written.</summary>
    public string? Text { get; init; }
}
