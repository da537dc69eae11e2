using ContentOps.Core.Generation;

namespace ContentOps.Core.Review.Text;

/// <summary>One rendition prepared for review: the reviewed text, its normalised form and line index, computed once per review.</summary>
internal sealed class ReviewDocument
{
    private readonly Dictionary<object, object> _cache = [];
    private LineIndex? _lines;

    public ReviewDocument(Rendition rendition, ReviewContext context)
    {
        Rendition = rendition;
        Context = context;
        Text = ReviewedText.Of(rendition);
        BodyOffset = ReviewedText.BodyOffset(rendition);
        Normalized = TextNormalizer.Normalize(Text);
    }

    public Rendition Rendition { get; }

    public ReviewContext Context { get; }

    /// <summary>The reviewed text (see <see cref="ReviewedText"/>).</summary>
    public string Text { get; }

    /// <summary>Offset of the body in <see cref="Text"/>.</summary>
    public int BodyOffset { get; }

    public NormalizedText Normalized { get; }

    public (int Line, int Column) Locate(int offset) => (_lines ??= new LineIndex(Text)).Locate(offset);

    /// <summary>A value computed once per document for a key (e.g. the term hits of a policy's dictionary).</summary>
    public T GetOrAdd<T>(object key, Func<ReviewDocument, T> create)
        where T : class
    {
        if (!_cache.TryGetValue(key, out var value))
        {
            value = create(this);
            _cache[key] = value;
        }

        return (T)value;
    }
}
