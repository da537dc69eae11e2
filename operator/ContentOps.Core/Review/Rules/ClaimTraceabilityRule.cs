using System.Text.RegularExpressions;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Review.Rules;

/// <summary>
/// claimTraceability: every sentence that states efficacy, safety, dosing or mechanism (a trigger pattern matches, or it
/// carries a reference marker) must match an approved, unexpired claim of the context's claim libraries — by canonical
/// text containment or bigram similarity at or above <c>threshold</c> (default 0.8) — use only the claim's numbers, and
/// carry a reference marker such as [1]. Sentences in label sections and the references section, and headings without figures, are exempt.
/// </summary>
internal sealed partial class ClaimTraceabilityRule : ReviewRule
{
    private const double DefaultThreshold = 0.8;
    private const double NearestShown = 0.5;
    private const int MaxClaimSentences = 6;

    private static readonly string[] _defaultTriggers =
    [
        @"\d+(?:\.\d+)?%",
        @"\d+(?:\.\d+)?(?:mmol/l|mg/dl|mg|μg|ug|ml|倍)",
        "降低|减少|改善|提高|升高|下降|缩短|延缓|逆转|疗效|有效率|达标率|发生率|风险|安全性|耐受性|作用机制|抑制|激动剂|受体",
    ];

    // Normalising every claim for every rendition dominated review time; a library object is immutable (stores
    // replace, never mutate, resources), so its catalogue is memoised per instance and dies with it.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<ClaimLibrary, ClaimCatalog> _catalogs = [];
    private readonly Regex[] _triggers;
    private readonly TermIndex _words;
    private readonly int? _slot;

    /// <summary>Plain-word triggers are matched through <paramref name="words"/> (slot <paramref name="slot"/>), the others as regular expressions.</summary>
    public ClaimTraceabilityRule(string policy, SopRule definition, TimeSpan timeout, TermIndex words, int? slot)
        : base(policy, definition)
    {
        var triggers = definition.Patterns is { Count: > 0 } p ? p : _defaultTriggers;
        var literal = definition.Patterns is { Count: > 0 };
        _triggers = [.. triggers.Where(t => !literal || LiteralAlternation.TryParse(t) is null).Select(t => PatternFactory.Create(definition.Id, t, timeout))];
        _words = words;
        _slot = slot;
    }

    private double Threshold => Definition.Threshold ?? DefaultThreshold;

    public override void Evaluate(ReviewDocument document, List<Finding> findings)
    {
        var sentences = SentenceSplitter.Split(document.Text, document.Rendition.Title?.Length ?? 0);
        var normalizedStarts = document.Normalized.ToNormalizedAscending(sentences.ConvertAll(s => s.Start));
        var stating = new bool[sentences.Count];
        if (_slot is { } slot)
        {
            var sentence = new SentenceCursor(normalizedStarts);
            foreach (var hit in _words.HitsFor(document, slot))
            {
                Mark(stating, sentence.At(hit.Start));
            }
        }

        try
        {
            foreach (var pattern in _triggers.Append(ClaimForm.MarkerPattern()))
            {
                var sentence = new SentenceCursor(normalizedStarts);
                for (var match = pattern.Match(document.Normalized.Text); match.Success; match = match.NextMatch())
                {
                    Mark(stating, sentence.At(match.Index));
                }
            }
        }
        catch (RegexMatchTimeoutException e)
        {
            findings.Add(CreateTimeoutFinding(document, e.Pattern));
            return;
        }

        var libraries = document.Context.ClaimLibraries;
        var catalog = libraries.Count == 1 ? _catalogs.GetValue(libraries[0], library => new ClaimCatalog([library])) : new ClaimCatalog(libraries);
        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences[i].Exempt)
            {
                continue;
            }

            var last = catalog.IsEmpty ? i : ClaimRunEnd(document, sentences, normalizedStarts, i, catalog);
            if (stating.AsSpan(i, last - i + 1).Contains(true) && !(last == i && sentences[i].Heading && !HasFigure(document.Text, sentences[i])))
            {
                var window = last == i ? sentences[i] : sentences[i] with { Length = sentences[last].Start + sentences[last].Length - sentences[i].Start };
                if (catalog.IsEmpty)
                {
                    findings.Add(CreateFinding(document, window.Start, window.Length, "未匹配到已批准的声明（ClaimLibrary）"));
                }
                else
                {
                    Check(document, window, NormalizedSpan(document, sentences, normalizedStarts, i, last), catalog, findings);
                }
            }

            i = last;
        }
    }

    /// <summary>
    /// A claim of several sentences is stated as one run with its marker after the last sentence; its sentences are
    /// checked together, not one by one (each alone is only part of the claim and carries no marker). Returns the last
    /// sentence of the longest run starting at <paramref name="first"/> whose text is a claim form, or <paramref name="first"/>.
    /// </summary>
    private static int ClaimRunEnd(ReviewDocument document, IReadOnlyList<Sentence> sentences, int[] starts, int first, ClaimCatalog catalog)
    {
        if (!catalog.HasMultiSentenceForms
            || !catalog.StartsMultiSentenceForm(ClaimForm.Canonicalize(NormalizedSpan(document, sentences, starts, first, first))))
        {
            return first;
        }

        for (var last = Math.Min(sentences.Count - 1, first + MaxClaimSentences - 1); last > first; last--)
        {
            var canonical = ClaimForm.Canonicalize(NormalizedSpan(document, sentences, starts, first, last));
            if (catalog.IsExactForm(canonical))
            {
                return last;
            }
        }

        return first;
    }

    private static string NormalizedSpan(ReviewDocument document, IReadOnlyList<Sentence> sentences, int[] starts, int first, int last)
    {
        var end = last + 1 < sentences.Count ? starts[last + 1] : document.Normalized.Text.Length;
        return document.Normalized.Text[starts[first]..Math.Max(starts[first], end)];
    }

    private void Check(ReviewDocument document, Sentence sentence, string normalized, ClaimCatalog catalog, List<Finding> findings)
    {
        var canonical = ClaimForm.Canonicalize(normalized);
        if (canonical.Length == 0)
        {
            return;
        }

        var (form, score) = catalog.BestMatch(canonical);
        if (form is null || score < Threshold)
        {
            var nearest = form is not null && score >= NearestShown ? form : null;
            findings.Add(CreateFinding(document, sentence.Start, sentence.Length, "未匹配到已批准的声明（ClaimLibrary）",
                nearest?.Claim.Text, claimId: nearest?.Claim.Id));
            return;
        }

        var claim = form.Claim;
        var detail = claim.Status != "approved"
            ? $"声明 {claim.Id} 的状态为 {claim.Status}，不得使用"
            : claim.Expires is { } expires && expires < DateOnly.FromDateTime(document.Context.Now.Date)
                ? $"声明 {claim.Id} 已于 {expires:yyyy-MM-dd} 过期"
                : InventedNumber(canonical, form) is { } number
                    ? $"数字 {number} 与已批准声明 {claim.Id} 不一致"
                    : !ClaimForm.MarkerPattern().IsMatch(normalized)
                        ? $"声明 {claim.Id} 缺少参考文献角标（如 [1]）"
                        : null;
        if (detail is not null)
        {
            findings.Add(CreateFinding(document, sentence.Start, sentence.Length, detail, claim.Text, claimId: claim.Id));
        }
    }

    private static void Mark(bool[] stating, int sentence)
    {
        if (sentence >= 0)
        {
            stating[sentence] = true;
        }
    }

    /// <summary>Headings name a topic (康力平的疗效); only one with a figure states a claim.</summary>
    private static bool HasFigure(string text, Sentence sentence) => FigurePattern().IsMatch(text.AsSpan(sentence.Start, sentence.Length));

    [GeneratedRegex(@"\d+(?:\.\d+)?\s*[%％]|\d+\.\d+")]
    private static partial Regex FigurePattern();

    private static string? InventedNumber(string canonicalSentence, ClaimForm form) =>
        ClaimForm.NumbersOf(canonicalSentence).Where(n => !form.Numbers.Contains(n)).Order(StringComparer.Ordinal).FirstOrDefault();
}
