using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review.Rules.Concepts;
using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Review.Rules;

/// <summary>
/// composite: a violation class expressed as combinations of the policy's concepts. A combination matches when a hit
/// of each of its concepts appears, in order and without overlapping, inside one sentence and within its distance
/// (三天 + 见效; 十个患者 + 好转). The rule's own terms (with exceptions and replacements, as in forbiddenTerms) match alone.
/// A match is dropped when a negatedBy concept starts inside it or up to <see cref="NegationWindow"/> characters before it
/// (不能保证, 尚无…根治, 三天可能见效), when its sentence has an exceptInSentence concept (安慰剂, 基线: trial reporting) or sits in a label section,
/// or when an allowedContexts phrase overlaps it. One finding per matched span, the earliest longest first.
/// </summary>
internal sealed class CompositeRule : ReviewRule
{
    /// <summary>How far before a match a negation cue still negates it.</summary>
    public const int NegationWindow = 12;

    private readonly ConceptSet _concepts;
    private readonly (int[] Concepts, int Within, string Detail)[] _matches;
    private readonly int[] _negatedBy;
    private readonly int[] _exceptInSentence;
    private readonly TermIndex _index;
    private readonly int? _slot;
    private readonly ForbiddenTerm[] _terms;
    private readonly PhraseSet[] _termExceptions;
    private readonly PhraseSet _allowed;

    public CompositeRule(string policy, SopRule definition, ConceptSet concepts, TermIndex index, int? slot)
        : base(policy, definition)
    {
        if (definition.Match is not { Count: > 0 } && definition.Terms is not { Count: > 0 })
        {
            throw new RuleCompileException(definition.Id, "composite needs match (combinations of concepts) or terms");
        }

        _concepts = concepts;
        _matches = [.. (definition.Match ?? []).Select(m => (
            m.All.Count == 0 ? throw new RuleCompileException(definition.Id, "a match needs at least one concept") : m.All.Select(n => concepts.IndexOf(definition.Id, n)).ToArray(),
            m.Within ?? int.MaxValue,
            $"组合：{string.Join(" + ", m.All)}"))];
        _negatedBy = [.. (definition.NegatedBy ?? []).Select(n => concepts.IndexOf(definition.Id, n))];
        _exceptInSentence = [.. (definition.ExceptInSentence ?? []).Select(n => concepts.IndexOf(definition.Id, n))];
        _index = index;
        _slot = slot;
        _terms = [.. definition.Terms ?? []];
        _termExceptions = [.. _terms.Select(t => new PhraseSet(t.Exceptions))];
        _allowed = new PhraseSet(definition.AllowedContexts);
    }

    public override void Evaluate(ReviewDocument document, List<Finding> findings)
    {
        var text = document.Normalized.Text;
        var sentences = SentenceIndex.For(document);
        var hits = _concepts.HitsFor(document);
        var spans = new List<(int Start, int End, int Term, string? Detail)>();
        if (_slot is { } slot)
        {
            foreach (var hit in _index.HitsFor(document, slot))
            {
                if (!_termExceptions[hit.Term].Overlaps(text, hit.Start, hit.Length) && Stands(text, sentences, hits, hit.Start, hit.Start + hit.Length))
                {
                    spans.Add((hit.Start, hit.Start + hit.Length, hit.Term, null));
                }
            }
        }

        foreach (var (concepts, within, detail) in _matches)
        {
            foreach (var first in Candidates(hits, sentences, concepts, within))
            {
                if (Chain(hits, sentences, concepts, within, first) is { } end && Stands(text, sentences, hits, first.Start, end))
                {
                    spans.Add((first.Start, end, -1, detail));
                }
            }
        }

        spans.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var coveredUntil = -1;
        foreach (var (start, end, term, detail) in spans)
        {
            if (end <= coveredUntil)
            {
                continue;
            }

            coveredUntil = end;
            var replacement = term >= 0 ? _terms[term].Replacement : null;
            findings.Add(CreateNormalizedFinding(document, start, end - start, detail: detail, expected: string.IsNullOrEmpty(replacement) ? null : replacement,
                edit: replacement is null ? null : (s, l) => new TextEdit(s, l, replacement)));
        }
    }

    /// <summary>
    /// The hits of the first concept a combination can start from, in order. Combinations are anchored on their rarest
    /// concept: only first-concept hits in the same sentence and distance before one of its hits can complete, so a
    /// frequent first concept (病, 血糖) costs nothing where the rare one (见效, 断根) is absent. Each hit is yielded once,
    /// in the order a plain walk over the first concept would try it, so findings are the same.
    /// </summary>
    private static IEnumerable<(int Start, int End)> Candidates(ConceptHits hits, SentenceIndex sentences, int[] concepts, int within)
    {
        var firsts = hits.Of(concepts[0]);
        var anchor = 0;
        for (var i = 1; i < concepts.Length; i++)
        {
            if (hits.Of(concepts[i]).Count < hits.Of(concepts[anchor]).Count)
            {
                anchor = i;
            }
        }

        if (anchor == 0)
        {
            return firsts;
        }

        return Anchored(hits, sentences, firsts, hits.Of(concepts[anchor]), concepts[0], within);
    }

    private static IEnumerable<(int Start, int End)> Anchored(ConceptHits hits, SentenceIndex sentences, IReadOnlyList<(int Start, int End)> firsts,
        IReadOnlyList<(int Start, int End)> anchors, int firstConcept, int within)
    {
        var next = 0;
        foreach (var anchor in anchors)
        {
            var sentence = sentences.At(anchor.Start);
            if (sentence < 0)
            {
                continue;
            }

            var from = Math.Max(sentences.Start(sentence), (int)Math.Max(int.MinValue, (long)anchor.End - within));
            var index = Math.Max(next, hits.FirstStartingAtOrAfter(firstConcept, from) is var found and >= 0 ? found : firsts.Count);
            for (; index < firsts.Count && firsts[index].Start <= anchor.Start; index++)
            {
                yield return firsts[index];
            }

            next = Math.Max(next, index);
        }
    }

    /// <summary>The end of the combination starting with <paramref name="first"/>, or null when a concept has no hit after the previous one in the sentence and distance.</summary>
    private static int? Chain(ConceptHits hits, SentenceIndex sentences, int[] concepts, int within, (int Start, int End) first)
    {
        var sentence = sentences.At(first.Start);
        if (sentence < 0)
        {
            return null;
        }

        var limit = (int)Math.Min(sentences.End(sentence), (long)first.Start + within);
        var end = first.End;
        for (var i = 1; i < concepts.Length; i++)
        {
            var list = hits.Of(concepts[i]);
            var index = hits.FirstStartingAtOrAfter(concepts[i], end);
            while (index >= 0 && index < list.Count && list[index].End > limit && list[index].Start < limit)
            {
                index++;
            }

            if (index < 0 || index >= list.Count || list[index].End > limit)
            {
                return null;
            }

            end = list[index].End;
        }

        return end > limit ? null : end;
    }

    /// <summary>Whether a match at [start, end) survives label sections, trial context, negation and allowed contexts.</summary>
    private bool Stands(string text, SentenceIndex sentences, ConceptHits hits, int start, int end)
    {
        var sentence = sentences.At(start);
        if (sentence < 0 || sentences.IsExempt(sentence))
        {
            return sentence < 0;
        }

        var from = sentences.Start(sentence);
        var to = sentences.End(sentence);
        if (AnyStartingIn(hits, _exceptInSentence, from, to) || AnyStartingIn(hits, _negatedBy, Math.Max(from, start - NegationWindow), end))
        {
            return false;
        }

        return !_allowed.Overlaps(text, start, end - start);
    }

    private static bool AnyStartingIn(ConceptHits hits, int[] concepts, int from, int to)
    {
        foreach (var concept in concepts)
        {
            if (hits.AnyStartingIn(concept, from, to))
            {
                return true;
            }
        }

        return false;
    }
}
