using System.Numerics.Tensors;
using ContentOps.Core.Knowledge.Embeddings;

namespace ContentOps.Core.Knowledge.Classification;

/// <summary>
/// The offline classifier: per class, the share of its keywords the text contains (jieba words and substrings)
/// and the cosine to its nearest labelled example (hashed n-gram + jieba embedding), averaged. Confidence is the
/// winner's share of the two best scores' sum, scaled so a tie is 0 and a clear winner 1.
/// </summary>
public sealed class EmbeddedClassifier : IKnowledgeClassifier
{
    private readonly Taxonomy _taxonomy;
    private readonly HashedNgramEmbeddingGenerator _embedder;
    private readonly Dictionary<TaxonomyClass, float[][]> _examples = [];

    /// <summary>Embeds the labelled examples once.</summary>
    public EmbeddedClassifier(Taxonomy taxonomy, HashedNgramEmbeddingGenerator embedder)
    {
        (_taxonomy, _embedder) = (taxonomy, embedder);
        foreach (var @class in taxonomy.Dimensions.SelectMany(d => d.Classes))
        {
            _examples[@class] = [.. @class.Examples.Select(embedder.Embed)];
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Classification>> ClassifyAsync(string text, CancellationToken cancellationToken = default) =>
        Task.FromResult(Classify(text));

    /// <summary>The classifications, synchronously.</summary>
    public IReadOnlyList<Classification> Classify(string text)
    {
        var vector = _embedder.Embed(text);
        var results = new List<Classification>();
        foreach (var dimension in _taxonomy.Dimensions)
        {
            var scored = dimension.Classes
                .Select(c => (Class: c, Keywords: Matched(c, text), Nearest: _examples[c].Length == 0 ? 0 : _examples[c].Max(e => TensorPrimitives.Dot(vector, e))))
                .Select(s => (s.Class, s.Keywords, s.Nearest, Score: (0.5 * Math.Min(1.0, s.Keywords.Count / 3.0)) + (0.5 * Math.Max(0, s.Nearest))))
                .OrderByDescending(s => s.Score)
                .ToList();
            var best = scored[0];
            var second = scored.Count > 1 ? scored[1].Score : 0;
            var confidence = best.Score <= 0 ? 0 : Math.Clamp((best.Score - second) / best.Score * 2, 0, 1);
            var why = $"keywords {(best.Keywords.Count == 0 ? "none" : string.Join(", ", best.Keywords.Take(4)))}; nearest example {best.Nearest:0.00}";
            results.Add(new Classification(dimension.Name, best.Class.Id, Math.Round(confidence, 3), why));
        }

        return results;
    }

    private static List<string> Matched(TaxonomyClass @class, string text) =>
        [.. @class.Keywords.Where(k => text.Contains(k, StringComparison.OrdinalIgnoreCase))];
}
