namespace ContentOps.Core.Review.Text;

/// <summary>
/// Text after <see cref="TextNormalizer"/>: what matchers search. <see cref="Map"/> gives, for every normalised
/// character, the index of the original character it came from, so a match maps back to an exact original span.
/// </summary>
internal sealed class NormalizedText(string original, string text, int[] map)
{
    /// <summary>The text as written.</summary>
    public string Original { get; } = original;

    /// <summary>The normalised text.</summary>
    public string Text { get; } = text;

    /// <summary>Original index of each normalised character.</summary>
    public int[] Map { get; } = map;

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

    /// <summary>The first normalised index whose original index is at or after <paramref name="originalIndex"/>.</summary>
    public int ToNormalized(int originalIndex)
    {
        var index = Array.BinarySearch(Map, originalIndex);
        return index >= 0 ? index : ~index;
    }
}
