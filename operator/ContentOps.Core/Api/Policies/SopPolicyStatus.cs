namespace ContentOps.Core.Api.Policies;

/// <summary>Observed state of a policy.</summary>
public sealed class SopPolicyStatus : ResourceStatus
{
    /// <summary>Number of rules.</summary>
    public int? Rules { get; init; }

    /// <summary>Number of pieces the policy selects.</summary>
    public int? SelectedPieces { get; init; }

    /// <summary>Digest of the spec; a change re-reviews the selected pieces.</summary>
    public string? PolicyDigest { get; init; }
}
