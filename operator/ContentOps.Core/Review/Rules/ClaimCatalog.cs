using System.Collections.Concurrent;
using ContentOps.Core.Api.Claims;

namespace ContentOps.Core.Review.Rules;

/// <summary>
/// The claims of the review context's libraries and the best match for a sentence. Built once per library (see
/// <see cref="ClaimTraceabilityRule"/>) with an inverted index from bigram to the forms containing it, so scoring a
/// sentence against every form costs one pass over the sentence's bigrams instead of one set intersection per form;
/// and since pieces quote approved claims verbatim, the answers for recently seen sentences are remembered. Thread-safe.
/// </summary>
internal sealed class ClaimCatalog
{
    private const int MaxRemembered = 4096;

    private readonly ClaimForm[] _forms;
    private readonly Dictionary<int, int[]> _formsByBigram;
    private readonly HashSet<string> _exactForms;
    private readonly HashSet<string> _runStarts;
    private readonly ConcurrentDictionary<string, (ClaimForm? Form, double Score)> _remembered = new(StringComparer.Ordinal);

    public ClaimCatalog(IReadOnlyList<ClaimLibrary> libraries)
    {
        _forms = [.. libraries.SelectMany(FormsOf)];
        _formsByBigram = _forms
            .SelectMany((form, index) => form.Bigrams.Select(bigram => (bigram, index)))
            .GroupBy(p => p.bigram)
            .ToDictionary(g => g.Key, g => g.Select(p => p.index).ToArray());
        _exactForms = [.. _forms.Select(f => f.Canonical)];
        _runStarts = [.. _forms.Select(f => f.FirstSentenceCanonical).OfType<string>()];
    }

    /// <summary>The normalised forms (text and variations) of one library's claims.</summary>
    private static IEnumerable<ClaimForm> FormsOf(ClaimLibrary library) =>
        library.Spec.Claims
            .SelectMany(c => new[] { c.Text }.Concat(c.Variations ?? []).Select(t => new ClaimForm(c, t)))
            .Where(f => f.Canonical.Length > 0);

    /// <summary>Whether there are no claims at all: every stating sentence is then unsupported.</summary>
    public bool IsEmpty => _forms.Length == 0;

    /// <summary>Whether a run of sentences is exactly one claim form (same canonical text).</summary>
    public bool IsExactForm(string canonical) => _exactForms.Contains(canonical);

    /// <summary>
    /// Whether a sentence is the first sentence of a claim form of several sentences: only then is a run worth
    /// trying, which keeps the check linear in the text.
    /// </summary>
    public bool StartsMultiSentenceForm(string canonicalSentence) => _runStarts.Contains(canonicalSentence);

    /// <summary>Whether any claim has several sentences; when none has, runs are never tried.</summary>
    public bool HasMultiSentenceForms => _runStarts.Count > 0;

    /// <summary>
    /// The most similar claim form and its score: 1 when one contains the other, else the Dice coefficient of their
    /// bigram sets. Among equal scores the first form wins, unless a later one is approved and the first is not.
    /// </summary>
    public (ClaimForm? Form, double Score) BestMatch(string canonicalSentence)
    {
        if (_remembered.TryGetValue(canonicalSentence, out var remembered))
        {
            return remembered;
        }

        var best = Score(canonicalSentence);
        if (_remembered.Count >= MaxRemembered)
        {
            _remembered.Clear();
        }

        _remembered[canonicalSentence] = best;
        return best;
    }

    private (ClaimForm? Form, double Score) Score(string canonicalSentence)
    {
        var sentenceBigrams = ClaimForm.BigramsOf(canonicalSentence);
        var common = new int[_forms.Length];
        foreach (var bigram in sentenceBigrams)
        {
            if (_formsByBigram.TryGetValue(bigram, out var forms))
            {
                foreach (var form in forms)
                {
                    common[form]++;
                }
            }
        }

        ClaimForm? best = null;
        var bestScore = 0.0;
        for (var i = 0; i < _forms.Length; i++)
        {
            var form = _forms[i];
            var score = Contains(canonicalSentence, sentenceBigrams.Length, form, common[i]) ? 1.0
                : sentenceBigrams.Length == 0 || form.Bigrams.Length == 0 ? 0.0
                : 2.0 * common[i] / (sentenceBigrams.Length + form.Bigrams.Length);
            if (score > bestScore || (score == bestScore && best is not null && IsPreferred(form.Claim, best.Claim)))
            {
                best = form;
                bestScore = score;
            }
        }

        return (best, bestScore);
    }

    /// <summary>
    /// Whether the sentence contains the claim, or the claim contains a sentence of at least 8 characters and 60% of
    /// its length. Containment implies every bigram of the contained text is shared, so the strings are compared only then.
    /// </summary>
    private static bool Contains(string sentence, int sentenceBigrams, ClaimForm form, int common) =>
        (common == form.Bigrams.Length && sentence.Contains(form.Canonical, StringComparison.Ordinal))
        || (common == sentenceBigrams && sentence.Length >= 8 && sentence.Length * 10 >= form.Canonical.Length * 6
            && form.Canonical.Contains(sentence, StringComparison.Ordinal));

    /// <summary>Among equal matches an approved claim wins, so a withdrawn duplicate never shadows a valid one.</summary>
    private static bool IsPreferred(Claim candidate, Claim current) => candidate.Status == "approved" && current.Status != "approved";
}
