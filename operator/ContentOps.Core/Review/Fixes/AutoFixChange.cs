namespace ContentOps.Core.Review.Fixes;

/// <summary>One change made by <see cref="AutoFixer"/>: which rule it answers and the edit, in coordinates of the reviewed text before fixing.</summary>
public sealed record AutoFixChange(string Policy, string RuleId, string Description, TextEdit Edit);
