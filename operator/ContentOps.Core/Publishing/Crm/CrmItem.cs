namespace ContentOps.Core.Publishing.Crm;

/// <summary>
/// One rep-facing item the CRM receives: a talk track for a visit to an HCP, or a next-best-action card.
/// </summary>
public sealed record CrmItem
{
    /// <summary>talk-track, content-share, nba-card, or stop-using (a withdrawn piece reps must stop using; no rep: all reps).</summary>
    public required string Kind { get; init; }

    public required string IdempotencyKey { get; init; }

    public string? Rep { get; init; }

    public string? Hcp { get; init; }

    /// <summary>namespace/name of the piece it is about.</summary>
    public string? Piece { get; init; }

    public string? ContentDigest { get; init; }

    public string? Title { get; init; }

    public string? Body { get; init; }

    /// <summary>NBA: the suggested action (share content, invite to event, visit).</summary>
    public string? Action { get; init; }

    /// <summary>NBA: why, in a sentence.</summary>
    public string? Reason { get; init; }

    public double? Priority { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }
}
