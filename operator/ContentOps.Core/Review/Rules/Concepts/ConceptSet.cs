using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Review.Rules.Concepts;

/// <summary>
/// The compiled concept classes of a policy. Their literals share the policy's Aho–Corasick dictionary (one slot per
/// concept), so all concepts cost one scan of the text; the hits of a document are computed once, on first use, with
/// numerals checked, exceptions and exceptBefore applied.
/// </summary>
internal sealed class ConceptSet
{
    /// <summary>How close a concept named in exceptBefore must follow a hit to void it (第一 + 人民医院).</summary>
    private const int AdjacentChars = 2;

    private readonly Dictionary<string, int> _byName = new(StringComparer.Ordinal);
    private readonly ConceptTerm[][] _terms;
    private readonly PhraseSet[][] _exceptions;
    private readonly int[][] _exceptBefore;
    private readonly int[] _slots = [];
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
        _exceptions = [.. concepts.Select((c, i) => _terms[i].Select(t => ExceptionsFor(t, c.Exceptions)).ToArray())];
        _exceptBefore = [.. concepts.Select(c => (c.ExceptBefore ?? []).Select(n => IndexOf(c.Name, n)).ToArray())];
        Count = concepts.Count;
    }

    private ConceptSet(ConceptSet definitions, TermIndex index, int[] slots)
    {
        _byName = definitions._byName;
        _terms = definitions._terms;
        _exceptions = definitions._exceptions;
        _exceptBefore = definitions._exceptBefore;
        Count = definitions.Count;
        _index = index;
        _slots = slots;
    }

    public int Count { get; }

    /// <summary>
    /// The exceptions that can overlap a hit of <paramref name="term"/>: those sharing a character with its literal (a term
    /// with a numeral keeps them all). Checking only these keeps frequent one-character terms (能, 比) cheap.
    /// </summary>
    private static PhraseSet ExceptionsFor(ConceptTerm term, IReadOnlyList<string>? exceptions)
    {
        if (exceptions is null || term.NumeralBefore || term.NumeralAfter)
        {
            return new PhraseSet(exceptions);
        }

        return new PhraseSet(exceptions.Where(e => TextNormalizer.NormalizeTerm(e).AsSpan().IndexOfAny(term.Literal) >= 0));
    }

    /// <summary>The literals of each concept, for the policy's dictionary.</summary>
    public IEnumerable<IReadOnlyList<string>> Literals => _terms.Select(t => (IReadOnlyList<string>)[.. t.Select(x => x.Literal)]);

    /// <summary>This set bound to the dictionary that holds its literals in <paramref name="slots"/>.</summary>
    public ConceptSet Bind(TermIndex index, int[] slots) => new(this, index, slots);

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
                if (_terms[concept][hit.Term].Extend(text, hit.Start, hit.Length) is { } span
                    && !_exceptions[concept][hit.Term].Overlaps(text, span.Start, span.End - span.Start))
                {
                    hits.Add(span);
                }
            }

            hits.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
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
}
