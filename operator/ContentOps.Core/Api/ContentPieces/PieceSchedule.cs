namespace ContentOps.Core.Api.ContentPieces;

/// <summary>When a piece is live.</summary>
public sealed record PieceSchedule
{
    /// <summary>Earliest publication (RFC 3339 with offset). Immediately when omitted.</summary>
    [SchemaFormat("date-time")]
    public DateTimeOffset? PublishAt { get; init; }

    /// <summary>Moment the piece is withdrawn from every channel; must be after publishAt.</summary>
    [SchemaFormat("date-time")]
    public DateTimeOffset? ExpireAt { get; init; }

    /// <summary>How long before expiry the content needs a re-review (e.g. 720h); informational.</summary>
    [SchemaFormat("duration")]
    public string? ReviewBefore { get; init; }
}
