namespace ContentOps.Core.Review.Text;

/// <summary>
/// Finds every occurrence of many terms in one pass (Aho–Corasick): time grows with the text, not with the number
/// of terms. Characters that occur in no term reset to the root through a lookup table, which keeps the common
/// case (Chinese prose with a sparse dictionary) at a few operations per character.
/// </summary>
internal sealed class AhoCorasickMatcher
{
    private readonly ushort[] _symbols;
    private readonly int[] _rootNext;
    private readonly int[] _edgeStart;
    private readonly ushort[] _edgeSymbols;
    private readonly int[] _edgeTargets;
    private readonly int[] _fail;
    private readonly int[] _outputLink;
    private readonly int[][] _outputs;
    private readonly int[] _termLengths;

    public AhoCorasickMatcher(IReadOnlyList<string> terms)
    {
        var builder = new AhoCorasickBuilder(terms);
        _symbols = builder.Symbols;
        _termLengths = [.. terms.Select(t => t.Length)];
        (_rootNext, _edgeStart, _edgeSymbols, _edgeTargets) = builder.Flatten();
        (_fail, _outputLink) = builder.Links(Next);
        _outputs = builder.Outputs;
    }

    /// <summary>Number of terms.</summary>
    public int Count => _termLengths.Length;

    /// <summary>Appends every match as (term index, start index) to <paramref name="matches"/>.</summary>
    public void FindAll(ReadOnlySpan<char> text, List<TermMatch> matches)
    {
        var state = 0;
        var symbols = _symbols;
        for (var i = 0; i < text.Length; i++)
        {
            var symbol = symbols[text[i]];
            if (symbol == 0)
            {
                state = 0;
                continue;
            }

            state = Step(state, symbol);
            if (state == 0)
            {
                continue;
            }

            var output = _outputs[state].Length > 0 ? state : _outputLink[state];
            while (output > 0)
            {
                foreach (var term in _outputs[output])
                {
                    matches.Add(new TermMatch(term, i + 1 - _termLengths[term], _termLengths[term]));
                }

                output = _outputLink[output];
            }
        }
    }

    private int Step(int state, ushort symbol)
    {
        while (true)
        {
            if (state == 0)
            {
                return _rootNext[symbol];
            }

            var next = Next(state, symbol);
            if (next > 0)
            {
                return next;
            }

            state = _fail[state];
        }
    }

    private int Next(int state, ushort symbol)
    {
        if (state == 0)
        {
            return _rootNext[symbol];
        }

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
