using System.Text;

namespace ContentOps.Core.Generation;

/// <summary>
/// Numbers references in order of first citation while a rendition is assembled, so the markers read [1], [2], …
/// down the text and the references section lists exactly the cited sources in that order. A format without a
/// references section states claims without markers.
/// </summary>
public sealed class CitationBook(IReadOnlyList<GenerationReference> references, bool withMarkers)
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<GenerationReference> _cited = [];

    /// <summary>References in the order they were first cited.</summary>
    public IReadOnlyList<GenerationReference> Cited => _cited;

    /// <summary>The claim verbatim with its markers before the closing full stop, e.g. …降低0.76%[1,2]。</summary>
    public string Cite(GenerationClaim claim)
    {
        if (!withMarkers)
        {
            return claim.Text;
        }

        var numbers = claim.ReferenceIds.Select(Number).OfType<int>().Distinct().Order().ToList();
        if (numbers.Count == 0)
        {
            return claim.Text;
        }

        var text = claim.Text.TrimEnd();
        var stop = text.EndsWith('。') || text.EndsWith('.') ? text[^1..] : "";
        return $"{text[..^stop.Length]}[{string.Join(",", numbers)}]{(stop.Length == 0 ? "。" : stop)}";
    }

    /// <summary>The references section body: one "[n] citation" line per cited source, or null when nothing was cited.</summary>
    public string? Lines()
    {
        if (_cited.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        for (var i = 0; i < _cited.Count; i++)
        {
            text.Append(i == 0 ? "" : "\n").Append('[').Append(i + 1).Append("] ").Append(_cited[i].Citation.Trim());
        }

        return text.ToString();
    }

    private int? Number(string id)
    {
        if (_numbers.TryGetValue(id, out var n))
        {
            return n;
        }

        var reference = references.FirstOrDefault(r => r.Id == id);
        if (reference is null)
        {
            return null;
        }

        _cited.Add(reference);
        return _numbers[id] = _cited.Count;
    }
}
