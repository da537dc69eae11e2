using System.Numerics.Tensors;
using ContentOps.Core.Knowledge.Text;
using Microsoft.Extensions.AI;

namespace ContentOps.Core.Knowledge.Embeddings;

/// <summary>
/// The embedded default embedding: character bigrams and trigrams plus jieba words, each hashed (with a sign) into
/// a fixed number of dimensions, weighted (1 + log tf) × idf, L2-normalised, so the dot product is the cosine. The
/// idf comes from the corpus the generator was fitted on (<see cref="Fit"/>); unfitted, every dimension weighs 1.
/// Works offline and deterministically; good for Chinese, where character n-grams carry most of the meaning. The
/// vectors are sparse (a text touches a few hundred dimensions): <see cref="EmbedSparse"/> gives them as such.
/// </summary>
/// <param name="tokenizer">jieba, for the word features.</param>
/// <param name="dimensions">Dimensions features are hashed into.</param>
/// <param name="frequencies">The idf; null weighs every dimension 1.</param>
/// <param name="lengthExponent">Vectors are divided by their norm to this power: 1 (unit vectors, cosine) or
/// <see cref="RetrievalLengthExponent"/>.</param>
/// <param name="lexicon">Medical concepts (<see cref="MedicalLexicon"/>): each concept a text mentions, in any of its
/// words, is one more feature, so a lay paraphrase (血糖太低, 副作用) shares a feature with the label's wording
/// (低血糖, 不良反应). Null: no concept features.</param>
public sealed class HashedNgramEmbeddingGenerator(ChineseTokenizer tokenizer, int dimensions = HashedNgramEmbeddingGenerator.DefaultDimensions, DocumentFrequencies? frequencies = null, float lengthExponent = 1f, MedicalLexicon? lexicon = null)
    : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>Dimensions of the default embedding (classification of short texts).</summary>
    public const int DefaultDimensions = 256;

    /// <summary>
    /// Dimensions of the retrieval embedding: many, so rare features seldom share a dimension with common ones (with
    /// 100,000 records of a few hundred features each, 16,384 dimensions left every dimension touched by about 1,000
    /// records, which flattened the idf and let collisions outrank real matches). 65,536 is also the largest dense
    /// vector Qdrant accepts.
    /// </summary>
    public const int RetrievalDimensions = 65536;

    /// <summary>The model id recorded with each embedding.</summary>
    public const string ModelId = "contentops-hashed-ngram-v3";

    /// <summary>
    /// The retrieval embedding divides by the square root of the norm instead of the norm (pivoted length
    /// normalisation): plain cosine favours short texts that share one rare n-gram over the long passage that answers.
    /// Chosen on the development queries.
    /// </summary>
    public const float RetrievalLengthExponent = 0.5f;

    private const float WordWeight = 1.5f;

    /// <summary>
    /// Weight of a concept feature (before the 1 + log damping and the idf), against 1 for a character n-gram and 1.5 for a word: a concept stands
    /// for a whole term in any of its wordings. Chosen on the development queries (1, 2 and 3 tried).
    /// </summary>
    public const float ConceptWeight = 3f;

    private readonly EmbeddingGeneratorMetadata _metadata = new("contentops-embedded", null, ModelId, dimensions);

    /// <summary>Dimensions of the vectors this generator makes.</summary>
    public int Dimensions => dimensions;

    /// <summary>The tokenizer (jieba) the word features come from.</summary>
    public ChineseTokenizer Tokenizer => tokenizer;

    /// <summary>The corpus statistics the weights come from; null when unfitted.</summary>
    public DocumentFrequencies? Frequencies => frequencies;

    /// <summary>A generator with the idf of <paramref name="corpus"/> (same tokenizer and dimensions).</summary>
    public HashedNgramEmbeddingGenerator Fit(IEnumerable<string> corpus) =>
        With(DocumentFrequencies.Count(dimensions, corpus.Select(t => Features(t).Keys)));

    /// <summary>A generator with the given idf (same tokenizer, dimensions and length normalisation).</summary>
    public HashedNgramEmbeddingGenerator With(DocumentFrequencies frequencies) => new(tokenizer, dimensions, frequencies, lengthExponent, lexicon);

    /// <summary>The medical concepts added as features; null when none.</summary>
    public MedicalLexicon? Lexicon => lexicon;

    /// <summary>The power of the norm vectors are divided by.</summary>
    public float LengthExponent => lengthExponent;

    /// <inheritdoc />
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var embeddings = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            embeddings.Add(new Embedding<float>(Embed(value)) { ModelId = ModelId });
        }

        return Task.FromResult(embeddings);
    }

    /// <summary>The vector of one text (synchronous; the store and the benchmark call it directly).</summary>
    public float[] Embed(string text) => EmbedSparse(text).ToDense(dimensions);

    /// <summary>The vector of one text by its non-zero dimensions.</summary>
    public SparseVector EmbedSparse(string text) => Weigh(Features(text));

    /// <summary>The hashed features of a text: dimension → signed, summed feature weights (before tf damping and idf).</summary>
    public Dictionary<int, float> Features(string text)
    {
        var counts = new Dictionary<uint, float>();
        var chars = Normalized(text);
        for (var n = 2; n <= 3; n++)
        {
            for (var i = 0; i + n <= chars.Length; i++)
            {
                Add(counts, Hash(chars.AsSpan(i, n), (uint)n), 1f);
            }
        }

        if (chars.Length == 1)
        {
            Add(counts, Hash(chars.AsSpan(), 1), 1f);
        }

        foreach (var word in tokenizer.Tokenize(text))
        {
            Add(counts, Hash(word.AsSpan(), 7), WordWeight);
        }

        if (lexicon is not null)
        {
            foreach (var concept in lexicon.Find(text))
            {
                Add(counts, Hash(lexicon.Name(concept).AsSpan(), 11), ConceptWeight);
            }
        }

        var features = new Dictionary<int, float>(counts.Count);
        foreach (var (hash, count) in counts)
        {
            var dimension = (int)(hash % (uint)dimensions);
            var weight = 1f + MathF.Log(count);
            features[dimension] = features.GetValueOrDefault(dimension) + ((hash & 0x8000_0000) == 0 ? weight : -weight);
        }

        return features;
    }

    /// <summary>Applies the idf to <see cref="Features"/> and normalises.</summary>
    public SparseVector Weigh(Dictionary<int, float> features)
    {
        var indices = features.Keys.Where(d => features[d] != 0).Order().ToArray();
        var values = new float[indices.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            values[i] = features[indices[i]] * (frequencies?.Idf(indices[i]) ?? 1f);
        }

        var norm = TensorPrimitives.Norm(values);
        if (norm > 0)
        {
            TensorPrimitives.Divide(values, MathF.Pow(norm, lengthExponent), values);
        }

        return new SparseVector(indices, values);
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
        : serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : null;

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private static void Add(Dictionary<uint, float> counts, uint hash, float weight) =>
        counts[hash] = counts.GetValueOrDefault(hash) + weight;

    private static string Normalized(string text)
    {
        var chars = new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                chars[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(chars, 0, length);
    }

    // FNV-1a, seeded by the feature type so a bigram and a word with the same characters do not collide on purpose.
    private static uint Hash(ReadOnlySpan<char> text, uint seed)
    {
        var hash = 2166136261u ^ (seed * 16777619u);
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
