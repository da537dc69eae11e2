namespace ContentOps.Core.Review.Text;

/// <summary>Maps character offsets to 1-based line and column (UTF-16 code units) of a text.</summary>
internal sealed class LineIndex
{
    private readonly int[] _lineStarts;

    public LineIndex(string text)
    {
        var starts = new List<int> { 0 };
        var index = text.IndexOf('\n');
        while (index >= 0)
        {
            starts.Add(index + 1);
            index = text.IndexOf('\n', index + 1);
        }

        _lineStarts = [.. starts];
    }

    /// <summary>The 1-based line and column of an offset.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }
}
