namespace ContentOps.Core.Review;

/// <summary>The one deterministic order of findings: offset, rule id, policy, length, detail; duplicates removed.</summary>
internal static class FindingOrder
{
    public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings)
    {
        // A large document yields tens of thousands of findings. They are sorted by a primitive key (offset, then input
        // index) and only the short runs of equal offset by the full comparison, stably: several times faster than one
        // comparison-delegate sort or a LINQ chain, and the first of equal findings is the one kept.
        var sorted = findings.ToArray();
        var keys = new long[sorted.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = ((long)sorted[i].Offset << 32) | (uint)i;
        }

        Array.Sort(keys, sorted);
        for (var runStart = 0; runStart < sorted.Length;)
        {
            var runEnd = runStart + 1;
            while (runEnd < sorted.Length && sorted[runEnd].Offset == sorted[runStart].Offset)
            {
                runEnd++;
            }

            InsertionSort(sorted.AsSpan(runStart, runEnd - runStart));
            runStart = runEnd;
        }

        var distinct = new List<Finding>(sorted.Length);
        foreach (var finding in sorted)
        {
            if (distinct.Count == 0 || Compare(distinct[^1], finding) != 0)
            {
                distinct.Add(finding);
            }
        }

        return distinct;
    }

    /// <summary>Stable sort of a short run (findings at one offset).</summary>
    private static void InsertionSort(Span<Finding> run)
    {
        for (var i = 1; i < run.Length; i++)
        {
            var finding = run[i];
            var at = i;
            while (at > 0 && Compare(run[at - 1], finding) > 0)
            {
                run[at] = run[at - 1];
                at--;
            }

            run[at] = finding;
        }
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
