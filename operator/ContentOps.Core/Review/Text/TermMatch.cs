namespace ContentOps.Core.Review.Text;

/// <summary>An occurrence of a dictionary term in normalised text.</summary>
internal readonly record struct TermMatch(int Term, int Start, int Length);
