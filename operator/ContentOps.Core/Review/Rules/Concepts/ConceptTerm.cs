using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Review.Rules.Concepts;

/// <summary>
/// A concept phrase: its literal part (in the dictionary), whether a numeral must precede or follow it (<c>{n}</c>), and
/// the text that must follow that numeral when <c>{n}</c> sits inside the phrase (<c>前{n}名</c>: literal 前, suffix 名).
/// </summary>
internal sealed record ConceptTerm(string Literal, bool NumeralBefore, bool NumeralAfter, string Suffix = "")
{
    private const string Placeholder = "{n}";

    /// <summary>Parses <c>{n}个疗程</c>, <c>满{n}</c> or <c>前{n}名</c>; the literal and suffix are normalised.</summary>
    public static ConceptTerm Parse(string concept, string term)
    {
        var before = term.StartsWith(Placeholder, StringComparison.Ordinal);
        var after = term.EndsWith(Placeholder, StringComparison.Ordinal) && term.Length > Placeholder.Length;
        var literal = term[(before ? Placeholder.Length : 0)..(term.Length - (after ? Placeholder.Length : 0))];
        var suffix = "";
        var inner = literal.IndexOf(Placeholder, StringComparison.Ordinal);
        if (inner >= 0)
        {
            suffix = TextNormalizer.NormalizeTerm(literal[(inner + Placeholder.Length)..]);
            literal = literal[..inner];
            if (before || after || suffix.Length == 0 || suffix.Contains(Placeholder, StringComparison.Ordinal))
            {
                throw new RuleCompileException(concept, $"concept term '{term}': {{n}} may start or end a term, or stand once between two texts (前{{n}}名)");
            }

            after = true;
        }

        var normalized = TextNormalizer.NormalizeTerm(literal);
        if (normalized.Length == 0)
        {
            throw new RuleCompileException(concept, $"concept term '{term}' is empty after normalisation");
        }

        return new ConceptTerm(normalized, before, after, suffix);
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

            if (Suffix.Length > 0)
            {
                if (string.CompareOrdinal(text, end, Suffix, 0, Suffix.Length) != 0)
                {
                    return null;
                }

                end += Suffix.Length;
            }
        }

        return (start, end);
    }
}
