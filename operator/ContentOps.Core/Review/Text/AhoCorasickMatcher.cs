namespace ContentOps.Core.Review.Text;

/// <summary>
/// Finds every occurrence of many terms in one pass (Aho–Corasick): time grows with the text, not with the number
/// of terms. Characters that occur in no term reset to the root through a lookup table, and the shallow states where
/// a scan of prose spends its time have complete transition rows, so the common step is one array read.
/// </summary>
internal sealed class AhoCorasickMatcher
{
    /// <summary>Entries of complete transition rows (4 bytes each): 4 MiB, enough for every shallow state of thousands of terms.</summary>
    public const int DefaultDenseBudget = 1 << 20;

    private readonly ushort[] _symbols;
    private readonly int _alphabetSize;
    private readonly int[] _rowOf;
    private readonly int[] _rows;
    private readonly int[] _edgeStart;
    private readonly ushort[] _edgeSymbols;
    private readonly int[] _edgeTargets;
    private readonly int[] _fail;
    private readonly int[] _firstOutput;
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
        (_rowOf, _rows) = builder.DenseRows(_fail, denseBudget);
        _firstOutput = builder.FirstOutputs(_outputLink);
        _outputs = builder.Outputs;
    }

    /// <summary>Number of terms.</summary>
    public int Count => _termLengths.Length;

    /// <summary>Appends every match as (term index, start index) to <paramref name="matches"/>.</summary>
    public void FindAll(ReadOnlySpan<char> text, List<TermMatch> matches)
    {
        var state = 0;
        var symbols = _symbols;
        var firstOutput = _firstOutput;
        for (var i = 0; i < text.Length; i++)
        {
            var symbol = symbols[text[i]];
            if (symbol == 0)
            {
                state = 0;
                continue;
            }

            state = Step(state, symbol);
            for (var output = firstOutput[state]; output > 0; output = _outputLink[output])
            {
                foreach (var term in _outputs[output])
                {
                    matches.Add(new TermMatch(term, i + 1 - _termLengths[term], _termLengths[term]));
                }
            }
        }
    }

    private int Step(int state, ushort symbol)
    {
        while (true)
        {
            var row = _rowOf[state];
            if (row >= 0)
            {
                return _rows[(row * _alphabetSize) + symbol];
            }

            var next = Sparse(state, symbol);
            if (next > 0)
            {
                return next;
            }

            state = _fail[state];
        }
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
