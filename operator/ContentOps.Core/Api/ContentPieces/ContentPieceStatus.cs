namespace ContentOps.Core.Api.ContentPieces;

/// <summary>Observed state of a content piece.</summary>
public sealed class ContentPieceStatus : ResourceStatus
{
    /// <summary>One-word summary of the conditions.</summary>
    public string? Phase { get; init; }

    /// <summary>Hash of everything generation depends on (spec, campaign, claims, model).</summary>
    public string? SpecDigest { get; init; }

    /// <summary>Hash of the generated renditions; approvals must name it.</summary>
    public string? ContentDigest { get; init; }

    /// <summary>What the piece waits for, e.g. "approval: legal, regulatory" or "publishAt 2026-12-01T09:30+08:00".</summary>
    public string? WaitingFor { get; init; }

    /// <summary>The renditions of the current content, one per channel (and segment).</summary>
    public IReadOnlyList<RenditionRef>? Renditions { get; init; }

    /// <summary>Summary of the last automated review.</summary>
    public ReviewSummary? Review { get; init; }

    /// <summary>Approval roles the policies require and those granted for the current digest.</summary>
    public ApprovalSummary? Approvals { get; init; }

    /// <summary>Where the content is live, like Flux's inventory.</summary>
    public IReadOnlyList<PublicationRecord>? Publications { get; init; }

    /// <summary>
    /// Claim ids the current content states: the piece's claims, its key messages' claims and claims generation
    /// recalled. Withdrawing or expiring any of them withdraws the piece.
    /// </summary>
    public IReadOnlyList<string>? Claims { get; init; }

    /// <summary>Generation attempts for the current spec digest.</summary>
    public int? Attempts { get; init; }

    /// <summary>Tokens a model provider used for the current content (absent for the embedded generator).</summary>
    public TokenUsage? Tokens { get; init; }

    /// <summary>
    /// The effect model's predicted engagement per channel × segment at the publish time, with the model version; set
    /// once a model was trained on stored engagement (absent before), refreshed on every reconcile and when the model changes.
    /// </summary>
    public IReadOnlyList<PiecePrediction>? PredictedEngagement { get; init; }
}
