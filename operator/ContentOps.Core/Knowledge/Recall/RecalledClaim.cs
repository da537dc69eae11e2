namespace ContentOps.Core.Knowledge.Recall;

/// <summary>A claim recall returned, with why.</summary>
/// <param name="ClaimId">The claim's id in its library.</param>
/// <param name="Library">The ClaimLibrary's <c>namespace/name</c>.</param>
/// <param name="Text">The approved text.</param>
/// <param name="Category">efficacy, safety, dosing, mechanism, indication or other.</param>
/// <param name="Score">Fused score (higher is better; comparable within one recall only).</param>
/// <param name="Why">A sentence a person can check, e.g. "keyword rank 1 (二甲双胍, HbA1c), vector rank 2".</param>
public sealed record RecalledClaim(string ClaimId, string Library, string Text, string Category, double Score, string Why);
