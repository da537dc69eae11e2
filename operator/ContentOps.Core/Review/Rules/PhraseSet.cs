using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Review.Rules;

/// <summary>Normalised phrases (allowed contexts); a match is allowed when an occurrence of one overlaps it.</summary>
internal sealed class PhraseSet(IEnumerable<string>? phrases)
{
    private readonly string[] _phrases = [.. (phrases ?? []).Select(TextNormalizer.NormalizeTerm).Where(p => p.Length > 0).Distinct()];

    public bool IsEmpty => _phrases.Length == 0;

    /// <summary>Whether an occurrence of a phrase in <paramref name="text"/> overlaps [start, start+length).</summary>
    public bool Overlaps(string text, int start, int length)
    {
        foreach (var phrase in _phrases)
        {
            var from = Math.Max(0, start - phrase.Length + 1);
            var to = Math.Min(text.Length - phrase.Length, start + Math.Max(length, 1) - 1);
            var first = phrase[0];
            for (var at = from; at <= to; at++)
            {
                if (text[at] == first && text.AsSpan(at, phrase.Length).SequenceEqual(phrase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
