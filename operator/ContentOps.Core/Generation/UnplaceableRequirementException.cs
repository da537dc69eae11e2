namespace ContentOps.Core.Generation;

/// <summary>
/// A policy requires text the format's template has no place for (or that the declarations give no content for):
/// the spec or the policy must change, so the piece stalls instead of retrying, and the message names the rule.
/// </summary>
public sealed class UnplaceableRequirementException(string message) : Exception(message);
