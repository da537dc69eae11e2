using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Review.Rules;

/// <summary>
/// The dictionaries of all forbiddenTerms rules of a policy in one automaton: the text is scanned once per policy,
/// and each rule reads its own hits (slot) from the per-document cache.
/// </summary>
internal sealed class TermIndex
{
    private readonly AhoCorasickMatcher _matcher;
    private readonly (int Slot, int Term)[] _owners;
    private readonly int _slots;

    public TermIndex(IReadOnlyList<IReadOnlyList<string>> termsBySlot)
    {
        var terms = new List<string>();
        var owners = new List<(int, int)>();
        for (var slot = 0; slot < termsBySlot.Count; slot++)
        {
            for (var term = 0; term < termsBySlot[slot].Count; term++)
            {
                terms.Add(termsBySlot[slot][term]);
                owners.Add((slot, term));
            }
        }

        _matcher = new AhoCorasickMatcher(terms);
        _owners = [.. owners];
        _slots = termsBySlot.Count;
    }

    /// <summary>The hits of one rule's dictionary in a document, as (term index within the rule, normalised start, length).</summary>
    public IReadOnlyList<TermMatch> HitsFor(ReviewDocument document, int slot) => document.GetOrAdd(this, Scan)[slot];

    private List<TermMatch>[] Scan(ReviewDocument document)
    {
        var text = document.Normalized.Text;
        var raw = new List<TermMatch>(Math.Max(16, text.Length / 8));
        _matcher.FindAll(text, raw);

        // Exact capacities: a large document's lists are never regrown and copied.
        var counts = new int[_slots];
        foreach (var hit in raw)
        {
            counts[_owners[hit.Term].Slot]++;
        }

        var bySlot = new List<TermMatch>[_slots];
        for (var i = 0; i < _slots; i++)
        {
            bySlot[i] = new List<TermMatch>(counts[i]);
        }

        foreach (var hit in raw)
        {
            var (slot, term) = _owners[hit.Term];
            bySlot[slot].Add(hit with { Term = term });
        }

        return bySlot;
    }
}
