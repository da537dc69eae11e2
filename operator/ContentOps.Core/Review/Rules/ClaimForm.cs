using System.Text;
using System.Text.RegularExpressions;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Review.Rules;

/// <summary>
/// One accepted wording of a claim (its text or a variation) in canonical form: normalised, reference markers and
/// punctuation removed, with its character bigrams and numbers for similarity and number checks.
/// </summary>
internal sealed partial class ClaimForm
{
    public ClaimForm(Claim claim, string text)
    {
        Claim = claim;
        Canonical = Canonicalize(TextNormalizer.NormalizeTerm(text));
        Bigrams = BigramsOf(Canonical);
        Numbers = [.. NumbersOf(Canonical)];
        var normalized = TextNormalizer.NormalizeTerm(text);
        // The same sentence ends as the splitter's, so a claim's first sentence is what the review sees as one.
        var end = normalized.IndexOfAny(SentenceSplitter.TerminatorChars.ToCharArray());
        FirstSentenceCanonical = end > 0 && end < normalized.TrimEnd([.. SentenceSplitter.TerminatorChars, ' ']).Length
            ? Canonicalize(normalized[..(end + 1)])
            : null;
    }

    /// <summary>The canonical first sentence when the claim has several sentences; null otherwise.</summary>
    public string? FirstSentenceCanonical { get; }

    public Claim Claim { get; }

    public string Canonical { get; }

    /// <summary>The distinct character bigrams of <see cref="Canonical"/>, ascending.</summary>
    public int[] Bigrams { get; }

    public HashSet<string> Numbers { get; }

    /// <summary>Normalised text without reference markers, keeping letters, digits, CJK, % and decimal points.</summary>
    public static string Canonicalize(string normalized)
    {
        var withoutMarkers = normalized.AsSpan().IndexOfAny(_markerStarts) < 0 ? normalized : MarkerPattern().Replace(normalized, "");
        var builder = new StringBuilder(withoutMarkers.Length);
        for (var i = 0; i < withoutMarkers.Length; i++)
        {
            var c = withoutMarkers[i];
            var isDecimalPoint = c == '.' && i > 0 && i + 1 < withoutMarkers.Length && char.IsAsciiDigit(withoutMarkers[i - 1]) && char.IsAsciiDigit(withoutMarkers[i + 1]);
            if (char.IsLetterOrDigit(c) || c == '%' || isDecimalPoint)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The distinct character bigrams of a canonical text, ascending (a sorted array: no hashing per sentence).</summary>
    public static int[] BigramsOf(string canonical)
    {
        if (canonical.Length < 2)
        {
            return [];
        }

        var bigrams = new int[canonical.Length - 1];
        for (var i = 0; i + 1 < canonical.Length; i++)
        {
            bigrams[i] = (canonical[i] << 16) | canonical[i + 1];
        }

        Array.Sort(bigrams);
        var distinct = 1;
        for (var i = 1; i < bigrams.Length; i++)
        {
            if (bigrams[i] != bigrams[distinct - 1])
            {
                bigrams[distinct++] = bigrams[i];
            }
        }

        return bigrams[..distinct];
    }

    /// <summary>The numbers (digits with an optional decimal part) in a canonical text, in order.</summary>
    public static IEnumerable<string> NumbersOf(string canonical)
    {
        for (var i = 0; i < canonical.Length; i++)
        {
            if (!char.IsAsciiDigit(canonical[i]))
            {
                continue;
            }

            var start = i;
            while (i + 1 < canonical.Length && char.IsAsciiDigit(canonical[i + 1]))
            {
                i++;
            }

            if (i + 2 < canonical.Length && canonical[i + 1] == '.' && char.IsAsciiDigit(canonical[i + 2]))
            {
                i += 2;
                while (i + 1 < canonical.Length && char.IsAsciiDigit(canonical[i + 1]))
                {
                    i++;
                }
            }

            yield return canonical[start..(i + 1)];
        }
    }

    private static readonly System.Buffers.SearchValues<char> _markerStarts = System.Buffers.SearchValues.Create("[¹²³⁴⁵⁶⁷⁸⁹⁰");

    /// <summary>Reference markers as normalised: [1], [1,2], [1-3], superscript digits.</summary>
    [GeneratedRegex(@"\[\d+(?:[,，\-–~]\d+)*\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+")]
    public static partial Regex MarkerPattern();
}
