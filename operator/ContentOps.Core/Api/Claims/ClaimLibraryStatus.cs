namespace ContentOps.Core.Api.Claims;

/// <summary>Observed state of a claim library.</summary>
public sealed class ClaimLibraryStatus : ResourceStatus
{
    /// <summary>Approved, unexpired claims.</summary>
    public int? ApprovedClaims { get; init; }

    /// <summary>Claims that expired or were withdrawn.</summary>
    public int? RetiredClaims { get; init; }

    /// <summary>Each claim's best anchor in the KnowledgeSources of its references (claims whose references have none are left out).</summary>
    public IReadOnlyList<ClaimAnchor>? Anchors { get; init; }

    /// <summary>Claims stating a number, unit or population their references do not.</summary>
    public int? UnsubstantiatedClaims { get; init; }

    /// <summary>
    /// Where-used: for each claim stated by at least one piece of the namespace, the pieces stating it and where they
    /// are live (what a change regenerates and a retraction withdraws). Bounded: at most
    /// <see cref="ClaimUsage.MaxNames"/> piece names per claim.
    /// </summary>
    public IReadOnlyList<ClaimUsage>? UsedBy { get; init; }
}
