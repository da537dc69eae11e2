namespace ContentOps.Operator.Planning;

/// <summary>What reconciling a content piece at head would do, and why.</summary>
internal sealed record PiecePlan
{
    /// <summary><c>generate</c> (new), <c>regenerate</c>, or null when the content stays.</summary>
    public string? Generate { get; init; }

    /// <summary>Why generation runs: changed spec fields and dependencies.</summary>
    public IReadOnlyList<PlanNote> GenerateReasons { get; init; } = [];

    /// <summary>How the brief's intent shaped each generated rendition (purpose, tone, focus, claims in order, length); empty when nothing is generated.</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];

    /// <summary>Claims the knowledge recall added for generation.recallClaims, each with its score and why; empty otherwise.</summary>
    public IReadOnlyList<string> Recalled { get; init; } = [];

    /// <summary>True when unchanged content is reviewed again because the policies that select it changed.</summary>
    public bool ReReview { get; init; }

    /// <summary>Why the review runs again: which policy changed, started or stopped selecting the piece.</summary>
    public IReadOnlyList<PlanNote> ReviewReasons { get; init; } = [];

    /// <summary>What remediation would change before the final review (auto-fixes of blocking findings), per attempt.</summary>
    public IReadOnlyList<string> Remediations { get; init; } = [];

    /// <summary>The verdict at head (after any remediation); null when the piece never gets to review (a missing dependency).</summary>
    public ReviewPlan? Review { get; init; }

    /// <summary>Approval consequence, e.g. <c>legal, medical, regulatory needed again (content digest will change)</c>.</summary>
    public string? Approval { get; init; }

    /// <summary>Publication consequence: <c>publish to …</c>, <c>scheduled …</c>, <c>blocked by …</c>, <c>awaiting approval …</c>.</summary>
    public string? Publish { get; init; }

    /// <summary>Channels the piece would be published to (now or at publishAt); empty otherwise.</summary>
    public IReadOnlyList<string> PublishTo { get; init; } = [];

    /// <summary>Channels to take the piece down from; empty when nothing live is affected.</summary>
    public IReadOnlyList<string> WithdrawFrom { get; init; } = [];

    /// <summary>Why it is withdrawn: deleted, expired, no longer compliant.</summary>
    public string? WithdrawReason { get; init; }

    /// <summary>Why the pipeline cannot proceed (missing campaign, unconfigured provider), as the reconciler would report it.</summary>
    public string? Stalled { get; init; }
}
