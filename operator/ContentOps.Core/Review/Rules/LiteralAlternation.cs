using System.Buffers;
using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Review.Rules;

/// <summary>
/// Recognises patterns that are only an alternation of plain words (药到病除|立竿见影|…). Those join the policy's
/// Aho–Corasick dictionary instead of running as a regular expression: one pass over the text for all of them.
/// </summary>
internal static class LiteralAlternation
{
    private static readonly SearchValues<char> _metacharacters = SearchValues.Create(@"\^$.?*+()[]{}#");

    /// <summary>The normalised words of <paramref name="pattern"/>, or null when it uses any regular-expression syntax.</summary>
    public static IReadOnlyList<string>? TryParse(string pattern)
    {
        if (pattern.AsSpan().IndexOfAny(_metacharacters) >= 0 || pattern.Any(char.IsWhiteSpace))
        {
            return null;
        }

        var words = pattern.Split('|');
        if (words.Any(w => w.Length == 0))
        {
            return null;
        }

        var normalized = words.Select(TextNormalizer.NormalizeTerm).ToList();
        return normalized.Any(w => w.Length == 0) ? null : normalized;
    }
}
