namespace ContentOps.Operator.Planning;

/// <summary>The head review verdict of a piece; findings are listed only when the review would run again.</summary>
internal sealed record ReviewPlan(int Blocking, int Warnings, IReadOnlyList<FindingPlan> Findings);
