namespace ContentOps.Core.Review.Text;

/// <summary>
/// Finds every occurrence of many terms in one pass (Aho–Corasick): time grows with the text, not with the number
/// of terms. Characters that occur in no term reset to the root through a lookup table, and the shallow states where
/// a scan of prose spends its time have complete transition rows, so the common step is one array read.
/// </summary>
internal sealed class AhoCorasickMatcher
{
    /// <summary>Entries of complete transition rows (4 bytes each): 4 MiB, enough for every shallow state of thousands of terms.</summary>
    public const int DefaultDenseBudget = 1 << 18;

    private readonly ushort[] _symbols;
    private readonly int _alphabetSize;
    private readonly int _denseCount;
    private readonly int[] _rows;
    private readonly bool[] _endsTerm;
    private readonly int[] _edgeStart;
    private readonly ushort[] _edgeSymbols;
    private readonly int[] _edgeTargets;
    private readonly int[] _fail;
    private readonly int[] _outputLink;
    private readonly int[][] _outputs;
    private readonly int[] _termLengths;

    /// <summary>Builds the automaton; <paramref name="denseBudget"/> bounds the entries of complete transition rows.</summary>
    public AhoCorasickMatcher(IReadOnlyList<string> terms, int denseBudget = DefaultDenseBudget)
    {
        var builder = new AhoCorasickBuilder(terms);
        _symbols = builder.Symbols;
        _alphabetSize = builder.AlphabetSize;
        _termLengths = [.. terms.Select(t => t.Length)];
        int[] rootNext;
        (rootNext, _edgeStart, _edgeSymbols, _edgeTargets) = builder.Flatten();
        (_fail, _outputLink) = builder.Links((state, symbol) => state == 0 ? rootNext[symbol] : Sparse(state, symbol));
        (_denseCount, _rows) = builder.DenseRows(_fail, denseBudget);
        _endsTerm = builder.EndsTerm(_fail);
        _outputs = builder.Outputs;
    }

    /// <summary>Number of terms.</summary>
    public int Count => _termLengths.Length;

    /// <summary>Appends every match as (term index, start index) to <paramref name="matches"/>.</summary>
    public void FindAll(ReadOnlySpan<char> text, List<TermMatch> matches)
    {
        var state = 0;
        var symbols = _symbols;
        var rows = _rows;
        var alphabetSize = _alphabetSize;
        var denseCount = _denseCount;
        for (var i = 0; i < text.Length; i++)
        {
            // Symbol 0 (a character in no term) leads to the root from every state, through complete rows or failure links.
            var symbol = symbols[text[i]];
            var next = state < denseCount ? rows[(state * alphabetSize) + symbol] : Step(state, symbol);
            state = next & int.MaxValue;
            if (next < 0)
            {
                AddOutputs(state, i, matches);
            }
        }
    }

    private void AddOutputs(int state, int end, List<TermMatch> matches)
    {
        for (var output = _outputs[state].Length > 0 ? state : _outputLink[state]; output > 0; output = _outputLink[output])
        {
            foreach (var term in _outputs[output])
            {
                matches.Add(new TermMatch(term, end + 1 - _termLengths[term], _termLengths[term]));
            }
        }
    }

    /// <summary>The transition from a state without a complete row, flagged like a row entry.</summary>
    private int Step(int state, ushort symbol)
    {
        while (state >= _denseCount)
        {
            var next = symbol == 0 ? 0 : Sparse(state, symbol);
            if (next > 0)
            {
                return _endsTerm[next] ? next | int.MinValue : next;
            }

            state = _fail[state];
        }

        return _rows[(state * _alphabetSize) + symbol];
    }

    private int Sparse(int state, ushort symbol)
    {
        var start = _edgeStart[state];
        var end = _edgeStart[state + 1];
        if (end - start <= 8)
        {
            for (var e = start; e < end; e++)
            {
                if (_edgeSymbols[e] == symbol)
                {
                    return _edgeTargets[e];
                }
            }

            return 0;
        }

        var found = Array.BinarySearch(_edgeSymbols, start, end - start, symbol);
        return found >= 0 ? _edgeTargets[found] : 0;
    }
}
