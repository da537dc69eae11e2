using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Review.Rules.Concepts;

/// <summary>
/// The sentences of a document in normalised coordinates, computed once per document: composite rules combine hits
/// only within one sentence, and skip sentences in label sections (禁忌, 不良反应…) and the references.
/// </summary>
internal sealed class SentenceIndex
{
    private static readonly object _key = new();
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly bool[] _exempt;

    private SentenceIndex(ReviewDocument document)
    {
        var sentences = SentenceSplitter.Split(document.Text, document.Rendition.Title?.Length ?? 0);
        _starts = document.Normalized.ToNormalizedAscending(sentences.ConvertAll(s => s.Start));
        _ends = document.Normalized.ToNormalizedAscending(sentences.ConvertAll(s => s.Start + s.Length));
        _exempt = [.. sentences.Select(s => s.Exempt)];
    }

    public static SentenceIndex For(ReviewDocument document) => document.GetOrAdd(_key, d => new SentenceIndex(d));

    /// <summary>The sentence containing normalised index <paramref name="index"/>, or -1 (between sentences).</summary>
    public int At(int index)
    {
        var found = Array.BinarySearch(_starts, index);
        var sentence = found >= 0 ? found : ~found - 1;
        return sentence >= 0 && index < _ends[sentence] ? sentence : -1;
    }

    public int Count => _starts.Length;

    public int Start(int sentence) => _starts[sentence];

    public int End(int sentence) => _ends[sentence];

    public bool IsExempt(int sentence) => _exempt[sentence];
}
