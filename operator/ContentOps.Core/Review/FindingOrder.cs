namespace ContentOps.Core.Review;

/// <summary>The one deterministic order of findings: offset, rule id, policy, length; duplicates removed.</summary>
internal static class FindingOrder
{
    public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings) =>
        [.. findings
            .DistinctBy(f => (f.Policy, f.RuleId, f.Offset, f.Length, f.Detail))
            .OrderBy(f => f.Offset)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Policy, StringComparer.Ordinal)
            .ThenBy(f => f.Length)
            .ThenBy(f => f.Detail, StringComparer.Ordinal)];
}
