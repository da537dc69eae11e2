namespace ContentOps.Core.Review;

/// <summary>The one deterministic order of findings: offset, rule id, policy, length, detail; duplicates removed.</summary>
internal static class FindingOrder
{
    public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings)
    {
        // A large document yields tens of thousands of findings; one array sort with a hand-written comparison is
        // several times faster than a LINQ DistinctBy/OrderBy/ThenBy chain. The input index breaks ties, so the first
        // of equal findings is kept and the result does not depend on the (unstable) sort.
        var indexed = findings.Select((finding, index) => (Finding: finding, Index: index)).ToArray();
        Array.Sort(indexed, static (a, b) => Compare(a.Finding, b.Finding) is var order and not 0 ? order : a.Index.CompareTo(b.Index));
        var sorted = new List<Finding>(indexed.Length);
        foreach (var (finding, _) in indexed)
        {
            if (sorted.Count == 0 || Compare(sorted[^1], finding) != 0)
            {
                sorted.Add(finding);
            }
        }

        return sorted;
    }

    private static int Compare(Finding a, Finding b)
    {
        var order = a.Offset.CompareTo(b.Offset);
        if (order == 0)
        {
            order = string.CompareOrdinal(a.RuleId, b.RuleId);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Policy, b.Policy);
        }

        if (order == 0)
        {
            order = a.Length.CompareTo(b.Length);
        }

        return order != 0 ? order : string.CompareOrdinal(a.Detail, b.Detail);
    }
}
