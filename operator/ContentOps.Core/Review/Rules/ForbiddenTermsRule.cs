using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Review.Rules;

/// <summary>
/// forbiddenTerms: dictionary terms matched on normalised text, longest match first. A hit is allowed when one of
/// the term's exceptions (e.g. 最常见的不良反应) or the rule's allowedContexts overlaps it, or, with allowWhenInLabel,
/// when the product label's indications contain the term.
/// </summary>
internal sealed class ForbiddenTermsRule : ReviewRule
{
    private readonly TermIndex _index;
    private readonly int _slot;
    private readonly ForbiddenTerm[] _terms;
    private readonly PhraseSet[] _exceptions;
    private readonly PhraseSet _allowed;

    public ForbiddenTermsRule(string policy, SopRule definition, TermIndex index, int slot)
        : base(policy, definition)
    {
        _index = index;
        _slot = slot;
        _terms = [.. definition.Terms ?? []];
        _exceptions = [.. _terms.Select(t => new PhraseSet(t.Exceptions))];
        _allowed = new PhraseSet(definition.AllowedContexts);
    }

    /// <summary>The normalised dictionary, in the order of the rule's terms.</summary>
    public static IReadOnlyList<string> NormalizedTerms(SopRule definition)
    {
        var terms = (definition.Terms ?? []).Select(t => TextNormalizer.NormalizeTerm(t.Term)).ToList();
        var empty = (definition.Terms ?? []).FirstOrDefault(t => TextNormalizer.NormalizeTerm(t.Term).Length == 0);
        if (terms.Count == 0 || empty is not null)
        {
            throw new RuleCompileException(definition.Id, empty is null ? "forbiddenTerms needs terms" : $"term '{empty.Term}' is empty after normalisation");
        }

        return terms;
    }

    public override void Evaluate(ReviewDocument document, List<Finding> findings)
    {
        if (Definition.AllowWhenInLabel == true && !LabelIndications.Known(document.Context))
        {
            return;
        }

        var text = document.Normalized.Text;
        var coveredUntil = -1;
        var hits = _index.HitsFor(document, _slot).ToArray();
        Array.Sort(hits, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        foreach (var hit in hits)
        {
            if (hit.Start + hit.Length <= coveredUntil || IsAllowed(document, text, hit))
            {
                continue;
            }

            coveredUntil = hit.Start + hit.Length;
            var term = _terms[hit.Term];
            findings.Add(CreateNormalizedFinding(document, hit.Start, hit.Length,
                expected: string.IsNullOrEmpty(term.Replacement) ? null : term.Replacement,
                edit: term.Replacement is null ? null : (start, length) => new TextEdit(start, length, term.Replacement)));
        }
    }

    private bool IsAllowed(ReviewDocument document, string text, TermMatch hit) =>
        _exceptions[hit.Term].Overlaps(text, hit.Start, hit.Length)
        || _allowed.Overlaps(text, hit.Start, hit.Length)
        || (Definition.AllowWhenInLabel == true && LabelIndications.Contain(document.Context, text.Substring(hit.Start, hit.Length)));
}
