namespace ContentOps.Core.Api.Claims;

/// <summary>Observed state of a claim library.</summary>
public sealed class ClaimLibraryStatus : ResourceStatus
{
    /// <summary>Approved, unexpired claims.</summary>
    public int? ApprovedClaims { get; init; }

    /// <summary>Claims that expired or were withdrawn.</summary>
    public int? RetiredClaims { get; init; }
}
