namespace ContentOps.Operator.Planning;

/// <summary>One explained fact of a plan, with the declaration line it comes from (<c>file:line</c>) when there is one.</summary>
/// <param name="Text">What changed or will happen, e.g. <c>claim klp-hba1c-24w-met text changed</c>.</param>
/// <param name="Location">Where a reviewer can read it, e.g. <c>examples/claims/klp-claims.yaml:31</c>; null when not declared.</param>
internal sealed record PlanNote(string Text, string? Location = null);
