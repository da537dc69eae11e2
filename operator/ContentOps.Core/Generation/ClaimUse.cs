namespace ContentOps.Core.Generation;

/// <summary>A claim stated in a rendition: the claim id and where its sentence sits in the body.</summary>
public sealed record ClaimUse(string ClaimId, int Start, int Length);
