namespace ContentOps.Core.Review.Rules.Concepts;

/// <summary>
/// Orders concept hits by start, longest first. The automaton reports hits by their end, and terms are short, so the
/// list is nearly sorted: an insertion sort moves each hit back a few places at most (linear in practice, stable).
/// </summary>
internal static class HitOrder
{
    public static void Sort(List<(int Start, int End)> hits)
    {
        for (var i = 1; i < hits.Count; i++)
        {
            var hit = hits[i];
            var j = i - 1;
            while (j >= 0 && Before(hit, hits[j]))
            {
                hits[j + 1] = hits[j];
                j--;
            }

            hits[j + 1] = hit;
        }
    }

    private static bool Before((int Start, int End) a, (int Start, int End) b) => a.Start < b.Start || (a.Start == b.Start && a.End > b.End);
}
