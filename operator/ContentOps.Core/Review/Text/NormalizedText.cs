namespace ContentOps.Core.Review.Text;

/// <summary>
/// Text after <see cref="TextNormalizer"/>: what matchers search. <see cref="Map"/> gives, for every normalised
/// character, the index of the original character it came from, so a match maps back to an exact original span.
/// </summary>
internal sealed class NormalizedText(string original, string text, int[] map)
{
    // The map may be longer than the text (it is allocated for the original's length and not copied down: on a
    // 10 MB document that copy is 14 MB); only its first Text.Length entries count.
    private readonly int[] _map = map;

    /// <summary>The text as written.</summary>
    public string Original { get; } = original;

    /// <summary>The normalised text.</summary>
    public string Text { get; } = text;

    /// <summary>Original index of each normalised character.</summary>
    public ReadOnlySpan<int> Map => _map.AsSpan(0, Text.Length);

    /// <summary>The original span covered by a normalised span (including characters dropped inside it).</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        if (Text.Length == 0)
        {
            return (Original.Length, 0);
        }

        if (length == 0)
        {
            var at = start < Map.Length ? Map[start] : Original.Length;
            return (at, 0);
        }

        var first = Map[start];
        var last = Map[start + length - 1];
        var end = last + (char.IsHighSurrogate(Original[last]) && last + 1 < Original.Length ? 2 : 1);
        return (first, end - first);
    }

    /// <summary>
    /// <see cref="ToNormalized(int)"/> of each of the ascending <paramref name="originalIndexes"/>, in one forward walk
    /// (one binary search per sentence of a large document costs more than the walk).
    /// </summary>
    public int[] ToNormalizedAscending(IReadOnlyList<int> originalIndexes)
    {
        var map = Map;
        var result = new int[originalIndexes.Count];
        var at = 0;
        for (var i = 0; i < result.Length; i++)
        {
            while (at < map.Length && map[at] < originalIndexes[i])
            {
                at++;
            }

            result[i] = at;
        }

        return result;
    }

    /// <summary>The first normalised index whose original index is at or after <paramref name="originalIndex"/>.</summary>
    public int ToNormalized(int originalIndex)
    {
        var index = Map.BinarySearch(originalIndex);
        return index >= 0 ? index : ~index;
    }
}
