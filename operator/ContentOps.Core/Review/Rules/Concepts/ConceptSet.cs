using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Review.Rules.Concepts;

/// <summary>
/// The compiled concept classes of a policy. Their literals and their exceptions share the policy's Aho–Corasick
/// dictionary (a slot per concept and one per concept's exceptions), so all concepts cost one scan of the text; the hits
/// of a document are computed once, on first use, with numerals checked, exceptions and exceptBefore applied.
/// </summary>
internal sealed class ConceptSet
{
    /// <summary>How close a concept named in exceptBefore must follow a hit to void it (第一 + 人民医院).</summary>
    private const int AdjacentChars = 2;

    private readonly Dictionary<string, int> _byName = new(StringComparer.Ordinal);
    private readonly ConceptTerm[][] _terms;
    private readonly string[][] _exceptions;
    private readonly int[][] _exceptBefore;
    private readonly int[] _slots = [];
    private readonly int[] _exceptionSlots = [];
    private readonly TermIndex? _index;

    public static ConceptSet Empty { get; } = new([]);

    /// <summary>Parses the concepts; throws <see cref="RuleCompileException"/> (rule id = concept name) on a bad one.</summary>
    public ConceptSet(IReadOnlyList<ReviewConcept> concepts)
    {
        for (var i = 0; i < concepts.Count; i++)
        {
            if (!_byName.TryAdd(concepts[i].Name, i))
            {
                throw new RuleCompileException(concepts[i].Name, "concept name is used more than once");
            }
        }

        _terms = [.. concepts.Select(c => c.Terms.Count == 0
            ? throw new RuleCompileException(c.Name, "concept needs terms")
            : c.Terms.Select(t => ConceptTerm.Parse(c.Name, t)).ToArray())];
        _exceptions = [.. concepts.Select(c => (c.Exceptions ?? []).Select(TextNormalizer.NormalizeTerm).Where(e => e.Length > 0).Distinct().ToArray())];
        _exceptBefore = [.. concepts.Select(c => (c.ExceptBefore ?? []).Select(n => IndexOf(c.Name, n)).ToArray())];
        Count = concepts.Count;
    }

    private ConceptSet(ConceptSet definitions, TermIndex index, int[] slots, int[] exceptionSlots)
    {
        _byName = definitions._byName;
        _terms = definitions._terms;
        _exceptions = definitions._exceptions;
        _exceptBefore = definitions._exceptBefore;
        Count = definitions.Count;
        _index = index;
        _slots = slots;
        _exceptionSlots = exceptionSlots;
    }

    public int Count { get; }

    /// <summary>The literals of each concept, for the policy's dictionary.</summary>
    public IEnumerable<IReadOnlyList<string>> Literals => _terms.Select(t => (IReadOnlyList<string>)[.. t.Select(x => x.Literal)]);

    /// <summary>The normalised exceptions of each concept (possibly none), for the policy's dictionary.</summary>
    public IEnumerable<IReadOnlyList<string>> ExceptionLiterals => _exceptions;

    /// <summary>
    /// This set bound to the dictionary that holds its literals in <paramref name="slots"/> and its exceptions in
    /// <paramref name="exceptionSlots"/> (-1: the concept has none).
    /// </summary>
    public ConceptSet Bind(TermIndex index, int[] slots, int[] exceptionSlots) => new(this, index, slots, exceptionSlots);

    /// <summary>The index of a concept named by rule <paramref name="owner"/>; throws when it is not declared.</summary>
    public int IndexOf(string owner, string name) =>
        _byName.TryGetValue(name, out var index) ? index : throw new RuleCompileException(owner, $"unknown concept '{name}' (declare it under spec.concepts)");

    public ConceptHits HitsFor(ReviewDocument document) => document.GetOrAdd(this, Scan);

    /// <summary>
    /// Drops hits inside an earlier, longer hit of the same concept (病 inside 糖尿病, 血糖 inside 高血糖): a combination
    /// reads the same span either way, and frequent short terms would otherwise multiply the lists. Sorted input.
    /// </summary>
    private static List<(int Start, int End)> WithoutNested(List<(int Start, int End)> hits)
    {
        var kept = 0;
        var coveredUntil = -1;
        for (var i = 0; i < hits.Count; i++)
        {
            if (hits[i].End <= coveredUntil)
            {
                continue;
            }

            coveredUntil = hits[i].End;
            hits[kept++] = hits[i];
        }

        hits.RemoveRange(kept, hits.Count - kept);
        return hits;
    }

    private ConceptHits Scan(ReviewDocument document)
    {
        var text = document.Normalized.Text;
        var raw = new List<(int Start, int End)>[Count];
        for (var concept = 0; concept < Count; concept++)
        {
            var found = _index!.HitsFor(document, _slots[concept]);
            var hits = new List<(int Start, int End)>(found.Count);
            foreach (var hit in found)
            {
                if (_terms[concept][hit.Term].Extend(text, hit.Start, hit.Length) is { } span)
                {
                    hits.Add(span);
                }
            }

            HitOrder.Sort(hits);
            if (_exceptionSlots[concept] >= 0)
            {
                WithoutExceptions(hits, _index.HitsFor(document, _exceptionSlots[concept]), _exceptions[concept]);
            }

            raw[concept] = WithoutNested(hits);
        }

        var all = new ConceptHits(raw);
        for (var concept = 0; concept < Count; concept++)
        {
            if (_exceptBefore[concept].Length > 0)
            {
                var voiding = _exceptBefore[concept];
                raw[concept] = raw[concept].FindAll(h => !voiding.Any(v => all.AnyStartingIn(v, h.End, h.End + AdjacentChars)));
            }
        }

        return new ConceptHits(raw);
    }

    /// <summary>
    /// Drops the hits (sorted by start) that an occurrence of an exception overlaps (治愈率 voids 治愈). The occurrences
    /// come from the same scan ordered by their end; as hit starts only grow, one cursor walks them once.
    /// </summary>
    private static void WithoutExceptions(List<(int Start, int End)> hits, IReadOnlyList<TermMatch> exceptions, string[] phrases)
    {
        if (exceptions.Count == 0 || hits.Count == 0)
        {
            return;
        }

        var longest = phrases.Max(p => p.Length);
        var kept = 0;
        var cursor = 0;
        for (var i = 0; i < hits.Count; i++)
        {
            var (start, end) = hits[i];
            while (cursor < exceptions.Count && exceptions[cursor].Start + exceptions[cursor].Length <= start)
            {
                cursor++;
            }

            if (!OverlapsFrom(exceptions, cursor, start, end, longest))
            {
                hits[kept++] = hits[i];
            }
        }

        hits.RemoveRange(kept, hits.Count - kept);
    }

    /// <summary>Whether an occurrence from <paramref name="first"/> on (each ending after start, at most <paramref name="longest"/> long) overlaps [start, end).</summary>
    private static bool OverlapsFrom(IReadOnlyList<TermMatch> exceptions, int first, int start, int end, int longest)
    {
        for (var i = first; i < exceptions.Count; i++)
        {
            var occurrence = exceptions[i];
            if (occurrence.Start + occurrence.Length > end + longest)
            {
                return false;
            }

            if (occurrence.Start < end)
            {
                return true;
            }
        }

        return false;
    }
}
