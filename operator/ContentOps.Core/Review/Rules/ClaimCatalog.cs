using ContentOps.Core.Api.Claims;

namespace ContentOps.Core.Review.Rules;

/// <summary>The claims of the review context's libraries and the best match for a sentence.</summary>
internal sealed class ClaimCatalog
{
    private readonly ClaimForm[] _forms;

    /// <summary>Builds the catalogue; <paramref name="formsOf"/> prepares (and may memoise) one library's forms.</summary>
    public ClaimCatalog(IReadOnlyList<ClaimLibrary> libraries, Func<ClaimLibrary, ClaimForm[]> formsOf) =>
        _forms = libraries.Count == 1 ? formsOf(libraries[0]) : [.. libraries.SelectMany(formsOf)];

    /// <summary>The normalised forms (text and variations) of one library's claims.</summary>
    public static ClaimForm[] FormsOf(ClaimLibrary library) =>
    [
        .. library.Spec.Claims
            .SelectMany(c => new[] { c.Text }.Concat(c.Variations ?? []).Select(t => new ClaimForm(c, t)))
            .Where(f => f.Canonical.Length > 0),
    ];

    /// <summary>Whether there are no claims at all: every stating sentence is then unsupported.</summary>
    public bool IsEmpty => _forms.Length == 0;

    private HashSet<string>? _exactForms;
    private HashSet<string>? _runStarts;

    /// <summary>Whether a run of sentences is exactly one claim form (same canonical text).</summary>
    public bool IsExactForm(string canonical) =>
        (_exactForms ??= [.. _forms.Select(f => f.Canonical)]).Contains(canonical);

    /// <summary>
    /// Whether a sentence is the first sentence of a claim form of several sentences: only then is a run worth
    /// trying, which keeps the check linear in the text.
    /// </summary>
    public bool StartsMultiSentenceForm(string canonicalSentence) => RunStarts.Contains(canonicalSentence);

    /// <summary>Whether any claim has several sentences; when none has, runs are never tried.</summary>
    public bool HasMultiSentenceForms => RunStarts.Count > 0;

    private HashSet<string> RunStarts => _runStarts ??= [.. _forms.Select(f => f.FirstSentenceCanonical).OfType<string>()];

    /// <summary>The most similar claim form and its score (1 when one contains the other).</summary>
    public (ClaimForm? Form, double Score) BestMatch(string canonicalSentence)
    {
        var sentenceBigrams = ClaimForm.BigramsOf(canonicalSentence);
        ClaimForm? best = null;
        var bestScore = 0.0;
        foreach (var form in _forms)
        {
            var score = Contains(canonicalSentence, form.Canonical) ? 1.0 : ClaimForm.Dice(sentenceBigrams, form.Bigrams);
            if (score > bestScore || (score == bestScore && best is not null && IsPreferred(form.Claim, best.Claim)))
            {
                best = form;
                bestScore = score;
            }
        }

        return (best, bestScore);
    }

    private static bool Contains(string sentence, string claim) =>
        sentence.Contains(claim, StringComparison.Ordinal)
        || (sentence.Length >= 8 && sentence.Length * 10 >= claim.Length * 6 && claim.Contains(sentence, StringComparison.Ordinal));

    /// <summary>Among equal matches an approved claim wins, so a withdrawn duplicate never shadows a valid one.</summary>
    private static bool IsPreferred(Claim candidate, Claim current) => candidate.Status == "approved" && current.Status != "approved";
}
