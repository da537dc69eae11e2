namespace ContentOps.Core.Review.Text;

/// <summary>Builds the trie, failure links and output links of an <see cref="AhoCorasickMatcher"/>.</summary>
internal sealed class AhoCorasickBuilder
{
    private readonly List<Dictionary<ushort, int>> _children = [new()];
    private readonly List<List<int>> _outputs = [[]];

    public AhoCorasickBuilder(IReadOnlyList<string> terms)
    {
        var alphabet = new Dictionary<char, ushort>();
        Symbols = new ushort[char.MaxValue + 1];
        for (var t = 0; t < terms.Count; t++)
        {
            if (terms[t].Length == 0)
            {
                continue;
            }

            var node = 0;
            foreach (var c in terms[t])
            {
                if (!alphabet.TryGetValue(c, out var symbol))
                {
                    symbol = checked((ushort)(alphabet.Count + 1));
                    alphabet.Add(c, symbol);
                    Symbols[c] = symbol;
                }

                if (!_children[node].TryGetValue(symbol, out var child))
                {
                    child = _children.Count;
                    _children.Add([]);
                    _outputs.Add([]);
                    _children[node].Add(symbol, child);
                }

                node = child;
            }

            _outputs[node].Add(t);
        }

        AlphabetSize = alphabet.Count + 1;
        RenumberBreadthFirst();
    }

    /// <summary>
    /// Numbers the nodes breadth first, so the shallow nodes (the ones with complete transition rows, see
    /// <see cref="DenseRows"/>) are exactly the nodes below a bound and a row's index is the node's number.
    /// </summary>
    private void RenumberBreadthFirst()
    {
        var order = new List<int>(_children.Count) { 0 };
        for (var next = 0; next < order.Count; next++)
        {
            order.AddRange(_children[order[next]].OrderBy(e => e.Key).Select(e => e.Value));
        }

        var number = new int[_children.Count];
        for (var i = 0; i < order.Count; i++)
        {
            number[order[i]] = i;
        }

        var children = order.Select(old => _children[old].ToDictionary(e => e.Key, e => number[e.Value])).ToList();
        var outputs = order.Select(old => _outputs[old]).ToList();
        _children.Clear();
        _children.AddRange(children);
        _outputs.Clear();
        _outputs.AddRange(outputs);
    }

    /// <summary>Symbol of each character; 0 for characters in no term.</summary>
    public ushort[] Symbols { get; }

    public int AlphabetSize { get; }

    public int[][] Outputs => [.. _outputs.Select(o => o.ToArray())];

    /// <summary>Dense root transitions and sorted sparse edges of the other nodes.</summary>
    public (int[] RootNext, int[] EdgeStart, ushort[] EdgeSymbols, int[] EdgeTargets) Flatten()
    {
        var rootNext = new int[AlphabetSize];
        foreach (var (symbol, child) in _children[0])
        {
            rootNext[symbol] = child;
        }

        var edgeStart = new int[_children.Count + 1];
        var symbols = new List<ushort>();
        var targets = new List<int>();
        for (var node = 0; node < _children.Count; node++)
        {
            edgeStart[node] = symbols.Count;
            if (node == 0)
            {
                continue;
            }

            foreach (var (symbol, child) in _children[node].OrderBy(e => e.Key))
            {
                symbols.Add(symbol);
                targets.Add(child);
            }
        }

        edgeStart[_children.Count] = symbols.Count;
        return (rootNext, edgeStart, [.. symbols], [.. targets]);
    }

    /// <summary>Failure links and output links (nearest proper suffix node that ends a term), breadth first.</summary>
    public (int[] Fail, int[] OutputLink) Links(Func<int, ushort, int> next)
    {
        var fail = new int[_children.Count];
        var outputLink = new int[_children.Count];
        var queue = new Queue<int>(_children[0].Values);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var (symbol, child) in _children[node])
            {
                var f = fail[node];
                var target = node == 0 ? 0 : Transition(f, symbol, fail, next);
                fail[child] = target == child ? 0 : target;
                outputLink[child] = _outputs[fail[child]].Count > 0 ? fail[child] : outputLink[fail[child]];
                queue.Enqueue(child);
            }
        }

        return (fail, outputLink);
    }

    /// <summary>
    /// Complete transition rows (failure links already followed) for the shallowest nodes 0..count-1, as many as fit in
    /// <paramref name="budget"/> entries. Scanning prose spends nearly all its time in those nodes, and one array read
    /// per character there makes the cost per character independent of the dictionary. A node's failure target is
    /// shallower, so it has a smaller number and its row is complete when the node's row is filled. An entry has its
    /// sign bit set when the target ends a term (see <see cref="EndsTerm"/>).
    /// </summary>
    public (int Count, int[] Rows) DenseRows(int[] fail, int budget)
    {
        var count = Math.Clamp(budget / AlphabetSize, 1, _children.Count);
        var rows = new int[count * AlphabetSize];
        var outputs = EndsTerm(fail);
        for (var node = 0; node < count; node++)
        {
            for (var symbol = 1; symbol < AlphabetSize; symbol++)
            {
                rows[(node * AlphabetSize) + symbol] = _children[node].TryGetValue((ushort)symbol, out var child) ? child | (outputs[child] ? int.MinValue : 0)
                    : node == 0 ? 0
                    : rows[(fail[node] * AlphabetSize) + symbol];
            }
        }

        return (count, rows);
    }

    /// <summary>Whether a term ends at each node, itself or through its output links.</summary>
    public bool[] EndsTerm(int[] fail)
    {
        var ends = new bool[_children.Count];
        for (var node = 1; node < ends.Length; node++)
        {
            // Breadth-first numbering: the failure target is shallower, so it is decided already.
            ends[node] = _outputs[node].Count > 0 || ends[fail[node]];
        }

        return ends;
    }

    private static int Transition(int state, ushort symbol, int[] fail, Func<int, ushort, int> next)
    {
        while (true)
        {
            var target = next(state, symbol);
            if (target > 0 || state == 0)
            {
                return target;
            }

            state = fail[state];
        }
    }
}
