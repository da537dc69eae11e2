using System.Text.RegularExpressions;
using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Review.Rules;

/// <summary>
/// pattern: regular expressions matched on the normalised text with a timeout. A match is allowed when an
/// allowedContexts phrase overlaps it, or, with allowWhenInLabel, when the label's indications contain its
/// <c>term</c> group (or the whole match). A timeout is itself a finding: the rule did not finish.
/// </summary>
internal sealed class PatternRule : ReviewRule
{
    private readonly Regex[] _patterns;
    private readonly PhraseSet _allowed;

    public PatternRule(string policy, SopRule definition, TimeSpan timeout)
        : base(policy, definition)
    {
        if (definition.Patterns is not { Count: > 0 })
        {
            throw new RuleCompileException(definition.Id, "pattern needs patterns");
        }

        _patterns = [.. definition.Patterns.Select(p => PatternFactory.Create(definition.Id, p, timeout))];
        _allowed = new PhraseSet(definition.AllowedContexts);
    }

    public override void Evaluate(ReviewDocument document, List<Finding> findings)
    {
        var text = document.Normalized.Text;
        var spans = new List<(int Start, int Length)>();
        foreach (var pattern in _patterns)
        {
            try
            {
                for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
                {
                    if (match.Length > 0 && !IsAllowed(document, text, match))
                    {
                        spans.Add((match.Index, match.Length));
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                findings.Add(CreateTimeoutFinding(document, pattern.ToString()));
            }
        }

        var coveredUntil = -1;
        foreach (var (start, length) in spans.OrderBy(s => s.Start).ThenByDescending(s => s.Length))
        {
            if (start + length <= coveredUntil)
            {
                continue;
            }

            coveredUntil = start + length;
            findings.Add(CreateNormalizedFinding(document, start, length));
        }
    }

    private bool IsAllowed(ReviewDocument document, string text, Match match)
    {
        if (_allowed.Overlaps(text, match.Index, match.Length))
        {
            return true;
        }

        if (Definition.AllowWhenInLabel != true)
        {
            return false;
        }

        var term = match.Groups["term"];
        return LabelIndications.Contain(document.Context, term.Success ? term.Value : match.Value);
    }
}
