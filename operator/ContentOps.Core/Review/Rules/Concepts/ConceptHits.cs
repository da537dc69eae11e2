namespace ContentOps.Core.Review.Rules.Concepts;

/// <summary>The hits of every concept of a policy in one document: per concept, spans [Start, End) of normalised text sorted by start.</summary>
internal sealed class ConceptHits(List<(int Start, int End)>[] byConcept)
{
    public IReadOnlyList<(int Start, int End)> Of(int concept) => byConcept[concept];

    /// <summary>The first hit of <paramref name="concept"/> starting at or after <paramref name="from"/>; -1 when none.</summary>
    public int FirstStartingAtOrAfter(int concept, int from)
    {
        var hits = byConcept[concept];
        int low = 0, high = hits.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (hits[middle].Start < from)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low < hits.Count ? low : -1;
    }

    /// <summary>Whether a hit of <paramref name="concept"/> starts in [from, to).</summary>
    public bool AnyStartingIn(int concept, int from, int to)
    {
        var index = FirstStartingAtOrAfter(concept, from);
        return index >= 0 && byConcept[concept][index].Start < to;
    }
}
