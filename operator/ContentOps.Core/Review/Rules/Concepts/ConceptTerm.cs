using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Review.Rules.Concepts;

/// <summary>A concept phrase: its literal part (in the dictionary) and whether a numeral must precede or follow it (<c>{n}</c>).</summary>
internal sealed record ConceptTerm(string Literal, bool NumeralBefore, bool NumeralAfter)
{
    private const string Placeholder = "{n}";

    /// <summary>Parses <c>{n}个疗程</c> or <c>满{n}</c>; the literal is normalised.</summary>
    public static ConceptTerm Parse(string concept, string term)
    {
        var before = term.StartsWith(Placeholder, StringComparison.Ordinal);
        var after = term.EndsWith(Placeholder, StringComparison.Ordinal) && term.Length > Placeholder.Length;
        var literal = term[(before ? Placeholder.Length : 0)..(term.Length - (after ? Placeholder.Length : 0))];
        if (literal.Contains(Placeholder, StringComparison.Ordinal))
        {
            throw new RuleCompileException(concept, $"concept term '{term}': {{n}} may only start or end a term");
        }

        var normalized = TextNormalizer.NormalizeTerm(literal);
        if (normalized.Length == 0)
        {
            throw new RuleCompileException(concept, $"concept term '{term}' is empty after normalisation");
        }

        return new ConceptTerm(normalized, before, after);
    }

    /// <summary>The span of a hit of the literal at [start, start+length) with its numerals, or null when a required numeral is missing.</summary>
    public (int Start, int End)? Extend(string text, int start, int length)
    {
        var end = start + length;
        if (NumeralBefore)
        {
            start = Numerals.StartBefore(text, start);
            if (start < 0)
            {
                return null;
            }
        }

        if (NumeralAfter)
        {
            end = Numerals.EndAfter(text, end);
            if (end < 0)
            {
                return null;
            }
        }

        return (start, end);
    }
}
