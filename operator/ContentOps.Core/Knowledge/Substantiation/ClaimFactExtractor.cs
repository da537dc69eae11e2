using System.Text;
using System.Text.RegularExpressions;

namespace ContentOps.Core.Knowledge.Substantiation;

/// <summary>
/// Finds the numbers (with units) and populations in a text. Digits that are part of names are not numbers:
/// "2型糖尿病", "HbA1c", "LANTERN-1", "DPP-4", "GLP-1".
/// </summary>
public static partial class ClaimFactExtractor
{
    /// <summary>The facts a claim states, in order, each once.</summary>
    public static IReadOnlyList<ClaimFact> Extract(string claim)
    {
        var text = Normalize(claim);
        var facts = new List<ClaimFact>();
        foreach (var (concept, terms) in PopulationTerms.All)
        {
            if (terms.FirstOrDefault(t => text.Contains(t, StringComparison.OrdinalIgnoreCase)) is { } term)
            {
                facts.Add(new ClaimFact(ClaimFact.Population, term, concept, null));
                text = Mask(text, terms);
            }
        }

        foreach (var quantity in Quantities(text))
        {
            if (!facts.Any(f => f.Kind == ClaimFact.Number && f.Value == quantity.Value && f.Unit == quantity.Unit))
            {
                facts.Add(quantity);
            }
        }

        return facts;
    }

    /// <summary>Whether <paramref name="passage"/> states the fact (same number and unit, or the same population).</summary>
    public static bool IsStatedIn(ClaimFact fact, string passage)
    {
        var text = Normalize(passage);
        return fact.Kind == ClaimFact.Population
            ? PopulationTerms.All.First(p => p.Concept == fact.Value).Terms.Any(t => text.Contains(t, StringComparison.OrdinalIgnoreCase))
            : Quantities(text).Any(q => q.Value == fact.Value && (fact.Unit is null || q.Unit == fact.Unit));
    }

    /// <summary>Full-width digits and signs to ASCII, so "５ｍｇ" and "5 mg" compare equal.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '％' => '%',
                '．' => '.',
                '−' or '–' or '－' => '-',
                '＋' => '+',
                _ => c,
            });
        }

        return builder.ToString();
    }

    private static string Mask(string text, string[] terms)
    {
        foreach (var term in terms)
        {
            text = Regex.Replace(text, Regex.Escape(term), m => new string('□', m.Length), RegexOptions.IgnoreCase);
        }

        return text;
    }

    private static IEnumerable<ClaimFact> Quantities(string text)
    {
        foreach (Match match in QuantityPattern().Matches(text))
        {
            var end = match.Index + match.Length;
            var unitGroup = match.Groups["unit"];
            if (!unitGroup.Success && end < text.Length && char.IsAsciiLetter(text[end]))
            {
                continue;
            }

            var unit = unitGroup.Success ? CanonicalUnit(unitGroup.Value) : null;
            yield return new ClaimFact(ClaimFact.Number, match.Value.Trim(), match.Groups["number"].Value, unit);
        }

        foreach (Match match in UnitFirstPattern().Matches(text))
        {
            yield return new ClaimFact(ClaimFact.Number, match.Value, match.Groups["number"].Value, CanonicalUnit(match.Groups["unit"].Value));
        }
    }

    private static string CanonicalUnit(string unit) => unit.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal) switch
    {
        "周" or "week" or "weeks" => "week",
        "日" or "天" or "day" or "days" => "day",
        "个月" or "month" or "months" => "month",
        "年" or "year" or "years" => "year",
        "例" or "patients" => "patients",
        var u when u.StartsWith("ml/min", StringComparison.Ordinal) => "mL/min/1.73m²",
        var u => u,
    };

    // A number not glued to a name on its left (A1c, LANTERN-1, DPP-4), then an optional unit.
    [GeneratedRegex(@"(?<![A-Za-z0-9.])(?<![A-Za-z]-)(?<number>\d+(?:\.\d+)?)(?:\s*-?\s*(?<unit>mL/min/1\.73\s?m[²2]|mmol/L|mg/dL|mg|kg|%|周|weeks?|日|天|days?|个月|months?|年|years?|例|patients)(?![A-Za-z]))?")]
    private static partial Regex QuantityPattern();

    // English puts the unit first for time points: "at week 24".
    [GeneratedRegex(@"\b(?<unit>[Ww]eek|[Dd]ay|[Mm]onth)\s+(?<number>\d+)(?![\d.])")]
    private static partial Regex UnitFirstPattern();
}
