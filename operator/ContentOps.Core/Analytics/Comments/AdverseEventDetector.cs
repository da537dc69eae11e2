namespace ContentOps.Core.Analytics.Comments;

/// <summary>
/// Flags a comment that reports a suspected adverse reaction. A sentence reports one when it names a symptom
/// that its clause does not negate, a specific person who had it (a patient, a relative, the commenter, a case),
/// and an exposure (the product by name, or "服用/用药/本品/这个药"), and it neither supposes nor asks in general
/// ("如果患者出现皮疹…", "头痛的发生率…", "说明书写的不良反应…"). Recall matters more than precision here: a
/// false flag costs a safety officer a minute, a missed report is a compliance breach.
/// </summary>
public sealed class AdverseEventDetector
{
    private static readonly char[] _sentenceEnds = ['。', '！', '!', '；', ';', '\n'];
    private static readonly char[] _clauseBreaks = ['，', ',', '、', '：', ':'];

    private readonly IReadOnlyList<string> _products;

    /// <param name="products">Product names to recognise (brand and generic, e.g. 康力平, 澜格列汀).</param>
    public AdverseEventDetector(IEnumerable<string> products)
    {
        _products = [.. products.Where(p => p.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    public static IEnumerable<string> Vocabulary => Words.Symptoms;

    public AdverseEventSignal? Detect(string text)
    {
        foreach (var sentence in text.Split(_sentenceEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Words.Hypothetical.Any(sentence.Contains) || !Words.CaseCues.Any(sentence.Contains))
            {
                continue;
            }

            var product = _products.FirstOrDefault(sentence.Contains);
            if (product is null && !Words.Exposure.Any(sentence.Contains))
            {
                continue;
            }

            var symptoms = Words.Symptoms.Where(s => Occurs(sentence, s)).ToList();
            if (symptoms.Count > 0)
            {
                return new AdverseEventSignal(Longest(symptoms), product, Words.Serious.Any(sentence.Contains), sentence);
            }
        }

        return null;
    }

    /// <summary>True when the symptom occurs once without a negator earlier in its clause.</summary>
    private static bool Occurs(string sentence, string symptom)
    {
        for (var at = sentence.IndexOf(symptom, StringComparison.OrdinalIgnoreCase); at >= 0; at = sentence.IndexOf(symptom, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var clauseStart = sentence.LastIndexOfAny(_clauseBreaks, Math.Max(0, at - 1)) + 1;
            var before = sentence[clauseStart..at];
            if (!Words.Negators.Any(before.Contains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Drops a symptom contained in a longer one found too ("肿" inside "血管性水肿").</summary>
    private static List<string> Longest(List<string> symptoms) =>
        [.. symptoms.Where(s => !symptoms.Any(o => o.Length > s.Length && o.Contains(s, StringComparison.Ordinal)))];

    private static class Words
    {
        public static readonly IReadOnlyList<string> Symptoms = Lexicon.Load("symptoms");
        public static readonly IReadOnlyList<string> CaseCues = Lexicon.Load("ae-case-cues");
        public static readonly IReadOnlyList<string> Exposure = Lexicon.Load("ae-exposure-cues");
        public static readonly IReadOnlyList<string> Hypothetical = Lexicon.Load("ae-hypothetical-cues");
        public static readonly IReadOnlyList<string> Negators = Lexicon.Load("ae-negators");
        public static readonly IReadOnlyList<string> Serious = Lexicon.Load("ae-serious-cues");
    }
}
