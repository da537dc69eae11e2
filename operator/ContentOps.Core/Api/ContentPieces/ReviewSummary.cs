namespace ContentOps.Core.Api.ContentPieces;

/// <summary>Counts and first findings of the last review.</summary>
public sealed record ReviewSummary
{
    /// <summary>Findings that block publication.</summary>
    public int Blocking { get; init; }

    /// <summary>Findings that only warn.</summary>
    public int Warnings { get; init; }

    /// <summary>Digest of the policies the review ran against.</summary>
    public string? PolicyDigest { get; init; }

    /// <summary>The first findings, most severe first.</summary>
    public IReadOnlyList<FindingSummary>? Findings { get; init; }
}
