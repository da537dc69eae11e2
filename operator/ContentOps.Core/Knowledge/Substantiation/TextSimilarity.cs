namespace ContentOps.Core.Knowledge.Substantiation;

/// <summary>Dice overlap of character bigrams (letters and digits only): robust for Chinese without segmentation.</summary>
internal static class TextSimilarity
{
    public static HashSet<int> Bigrams(string text)
    {
        var bigrams = new HashSet<int>();
        var previous = '\0';
        foreach (var raw in text)
        {
            if (!char.IsLetterOrDigit(raw))
            {
                continue;
            }

            var c = char.ToLowerInvariant(raw);
            if (previous != '\0')
            {
                bigrams.Add((previous << 16) | c);
            }

            previous = c;
        }

        return bigrams;
    }

    public static double Dice(HashSet<int> a, HashSet<int> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count < b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        return 2.0 * shared / (a.Count + b.Count);
    }
}
