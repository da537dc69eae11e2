namespace ContentOps.Core.Api.Claims;

/// <summary>Approved claims and their references: the only facts generation may state.</summary>
[Resource("ClaimLibrary", "claimlibraries", "claims")]
[PrinterColumn("Product", "string", ".spec.product", "Product the claims are about.")]
[PrinterColumn("Claims", "integer", ".status.approvedClaims", "Approved, unexpired claims.")]
[PrinterColumn("Ready", "string", ".status.conditions[?(@.type==\"Ready\")].status", "Whether every claim has its references.")]
[PrinterColumn("Age", "date", ".metadata.creationTimestamp", "Time since creation.")]
public sealed class ClaimLibrary : Resource<ClaimLibrarySpec, ClaimLibraryStatus>
{
    /// <summary>Creates an empty library with its kind set.</summary>
    public ClaimLibrary() => Kind = "ClaimLibrary";
}
