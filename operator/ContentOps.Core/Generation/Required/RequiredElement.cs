namespace ContentOps.Core.Generation.Required;

/// <summary>An element a rule requires, the statement to print (when the rule names one) and where the rule wants it.</summary>
public sealed record RequiredElement(RequiredElementKind Kind, string RuleId, string? Statement, string Position);
