namespace ContentOps.Core.Review;

/// <summary>A rule that could not be compiled (e.g. an invalid regular expression); its policy is not applied.</summary>
public sealed record PolicyCompileError(string Policy, string RuleId, string Message);
