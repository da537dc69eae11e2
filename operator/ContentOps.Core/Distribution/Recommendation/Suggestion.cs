namespace ContentOps.Core.Distribution.Recommendation;

/// <summary>One next best action for a rep: what to do with which HCP, with which content on which channel, and why.</summary>
public sealed record Suggestion
{
    /// <summary>Stable id (rep, HCP, action, content, channel), used to give feedback.</summary>
    public required string Id { get; init; }

    public required string Rep { get; init; }

    public required string Hcp { get; init; }

    /// <summary><see cref="SuggestionActions"/>: share-content, invite-to-event or visit.</summary>
    public required string Action { get; init; }

    public required PieceRef Content { get; init; }

    /// <summary>ChannelTarget to share on, or "visit" for a face-to-face call.</summary>
    public required string Channel { get; init; }

    /// <summary>The driver, as a sentence.</summary>
    public required string Reason { get; init; }

    /// <summary>1 is the most important.</summary>
    public required int Priority { get; init; }

    /// <summary>Score behind the priority (0–1), for tuning; null in the non-personalised list.</summary>
    public double? Score { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>False for HCPs with personalisation opt-out: the standard selection, not ranked by profile.</summary>
    public bool Personalized { get; init; } = true;
}
