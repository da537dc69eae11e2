namespace ContentOps.Core.Review.Text;

/// <summary>
/// Finds the sentence containing an index, for indexes that mostly ascend (the matches of one pattern): it walks
/// forward from the previous answer and falls back to a binary search only when asked to go backwards.
/// </summary>
internal struct SentenceCursor(int[] sentenceStarts)
{
    private int _current = -1;

    /// <summary>The index of the last sentence starting at or before <paramref name="index"/>; -1 before the first.</summary>
    public int At(int index)
    {
        if (_current >= 0 && sentenceStarts[_current] > index)
        {
            var found = Array.BinarySearch(sentenceStarts, index);
            _current = found >= 0 ? found : ~found - 1;
            return _current;
        }

        while (_current + 1 < sentenceStarts.Length && sentenceStarts[_current + 1] <= index)
        {
            _current++;
        }

        return _current;
    }
}
