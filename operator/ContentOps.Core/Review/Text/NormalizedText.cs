namespace ContentOps.Core.Review.Text;

/// <summary>
/// Text after <see cref="TextNormalizer"/>: what matchers search, with the way back to the original so a match maps
/// to an exact original span. The map is kept as segments, not one entry per character: within a segment a
/// normalised index plus the segment's shift is the original index, and a new segment starts only where characters
/// were dropped (line ends, spaces). A 10 MB document has a few thousand segments instead of a 14 MB index array.
/// </summary>
internal sealed class NormalizedText
{
    private readonly int[] _segmentStarts;
    private readonly int[] _shifts;

    /// <param name="original">The text as written.</param>
    /// <param name="text">The normalised text.</param>
    /// <param name="segmentStarts">Normalised index where each segment starts, ascending; the first is 0.</param>
    /// <param name="shifts">Original index minus normalised index within each segment.</param>
    /// <param name="segments">How many entries of the two arrays are used.</param>
    public NormalizedText(string original, string text, int[] segmentStarts, int[] shifts, int segments)
    {
        Original = original;
        Text = text;
        _segmentStarts = segmentStarts[..segments];
        _shifts = shifts[..segments];
    }

    /// <summary>The text as written.</summary>
    public string Original { get; }

    /// <summary>The normalised text.</summary>
    public string Text { get; }

    /// <summary>Original index of the normalised character at <paramref name="index"/>.</summary>
    public int OriginalIndexOf(int index) => index + _shifts[SegmentOf(index)];

    /// <summary>The original span covered by a normalised span (including characters dropped inside it).</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        if (Text.Length == 0)
        {
            return (Original.Length, 0);
        }

        if (length == 0)
        {
            var at = start < Text.Length ? OriginalIndexOf(start) : Original.Length;
            return (at, 0);
        }

        var first = OriginalIndexOf(start);
        var last = OriginalIndexOf(start + length - 1);
        var end = last + (char.IsHighSurrogate(Original[last]) && last + 1 < Original.Length ? 2 : 1);
        return (first, end - first);
    }

    /// <summary>The first normalised index whose original index is at or after <paramref name="originalIndex"/>.</summary>
    public int ToNormalized(int originalIndex)
    {
        var segment = LastSegmentStartingAtOrBefore(originalIndex);
        if (segment < 0)
        {
            return 0;
        }

        return Math.Min(originalIndex - _shifts[segment], SegmentEnd(segment));
    }

    private int SegmentEnd(int segment) => segment + 1 < _segmentStarts.Length ? _segmentStarts[segment + 1] : Text.Length;

    /// <summary>
    /// <see cref="ToNormalized(int)"/> of each of the ascending <paramref name="originalIndexes"/>, walking the segments
    /// forward once (a binary search per sentence of a large document costs more).
    /// </summary>
    public int[] ToNormalizedAscending(IReadOnlyList<int> originalIndexes)
    {
        var result = new int[originalIndexes.Count];
        var segment = -1;
        for (var i = 0; i < result.Length; i++)
        {
            var originalIndex = originalIndexes[i];
            while (segment + 1 < _segmentStarts.Length && _segmentStarts[segment + 1] + _shifts[segment + 1] <= originalIndex)
            {
                segment++;
            }

            result[i] = segment < 0 ? 0 : Math.Min(originalIndex - _shifts[segment], SegmentEnd(segment));
        }

        return result;
    }

    private int SegmentOf(int index)
    {
        var found = _segmentStarts.AsSpan().BinarySearch(index);
        return found >= 0 ? found : ~found - 1;
    }

    /// <summary>The last segment whose first character comes from at or before <paramref name="originalIndex"/>; -1 when none.</summary>
    private int LastSegmentStartingAtOrBefore(int originalIndex)
    {
        int low = 0, high = _segmentStarts.Length - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (_segmentStarts[middle] + _shifts[middle] <= originalIndex)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }
}
