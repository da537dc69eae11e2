using System.Text.RegularExpressions;
using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Review.Rules;

/// <summary>
/// pattern: regular expressions matched on the normalised text with a timeout. A match is allowed when an
/// allowedContexts phrase overlaps it, or, with allowWhenInLabel, when the label's indications contain its
/// <c>term</c> group (or the whole match). A group named <c>from</c> (typically inside a lookbehind) starts the reported
/// span earlier. A timeout is itself a finding: the rule did not finish.
/// </summary>
internal sealed class PatternRule : ReviewRule
{
    private readonly Regex[] _patterns;
    private readonly PhraseSet _allowed;
    private readonly TermIndex _words;
    private readonly int? _slot;

    /// <summary>Plain-word patterns are matched through <paramref name="words"/> (slot <paramref name="slot"/>), the others as regular expressions.</summary>
    public PatternRule(string policy, SopRule definition, TimeSpan timeout, TermIndex words, int? slot)
        : base(policy, definition)
    {
        if (definition.Patterns is not { Count: > 0 })
        {
            throw new RuleCompileException(definition.Id, "pattern needs patterns");
        }

        _patterns = [.. definition.Patterns.Where(p => LiteralAlternation.TryParse(p) is null).Select(p => PatternFactory.Create(definition.Id, p, timeout))];
        _allowed = new PhraseSet(definition.AllowedContexts);
        _words = words;
        _slot = slot;
    }

    public override void Evaluate(ReviewDocument document, List<Finding> findings)
    {
        if (Definition.AllowWhenInLabel == true && !LabelIndications.Known(document.Context))
        {
            return;
        }

        var text = document.Normalized.Text;
        var spans = new List<(int Start, int Length)>();
        if (_slot is { } slot)
        {
            foreach (var hit in _words.HitsFor(document, slot))
            {
                if (!IsAllowed(document, text, hit.Start, hit.Length, null))
                {
                    spans.Add((hit.Start, hit.Length));
                }
            }
        }

        foreach (var pattern in _patterns)
        {
            try
            {
                for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
                {
                    var term = match.Groups["term"];
                    var from = match.Groups["from"];
                    var start = from.Success ? Math.Min(from.Index, match.Index) : match.Index;
                    var length = match.Index + match.Length - start;
                    if (match.Length > 0 && !IsAllowed(document, text, start, length, term.Success ? term.Value : null))
                    {
                        spans.Add((start, length));
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                findings.Add(CreateTimeoutFinding(document, pattern.ToString()));
            }
        }

        var coveredUntil = -1;
        spans.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        foreach (var (start, length) in spans)
        {
            if (start + length <= coveredUntil)
            {
                continue;
            }

            coveredUntil = start + length;
            findings.Add(CreateNormalizedFinding(document, start, length));
        }
    }

    private bool IsAllowed(ReviewDocument document, string text, int start, int length, string? term) =>
        _allowed.Overlaps(text, start, length)
        || (Definition.AllowWhenInLabel == true && LabelIndications.Contain(document.Context, term ?? text.Substring(start, length)));
}
