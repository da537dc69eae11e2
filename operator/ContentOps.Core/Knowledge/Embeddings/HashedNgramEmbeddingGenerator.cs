using System.Numerics.Tensors;
using ContentOps.Core.Knowledge.Text;
using Microsoft.Extensions.AI;

namespace ContentOps.Core.Knowledge.Embeddings;

/// <summary>
/// The embedded default embedding: character bigrams and trigrams plus jieba words, each hashed (with a sign) into
/// a fixed number of dimensions, weighted 1 + log(tf), L2-normalised, so the dot product is the cosine. Works offline
/// and deterministically; good for Chinese, where character n-grams carry most of the meaning.
/// </summary>
public sealed class HashedNgramEmbeddingGenerator(ChineseTokenizer tokenizer, int dimensions = HashedNgramEmbeddingGenerator.DefaultDimensions)
    : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>Dimensions of the default embedding.</summary>
    public const int DefaultDimensions = 256;

    /// <summary>The model id recorded with each embedding.</summary>
    public const string ModelId = "contentops-hashed-ngram-v1";

    private const float WordWeight = 1.5f;

    private readonly EmbeddingGeneratorMetadata _metadata = new("contentops-embedded", null, ModelId, dimensions);

    /// <summary>Dimensions of the vectors this generator makes.</summary>
    public int Dimensions => dimensions;

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
    public float[] Embed(string text)
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

        var vector = new float[dimensions];
        foreach (var (hash, count) in counts)
        {
            var weight = 1f + MathF.Log(count);
            vector[(int)(hash % (uint)dimensions)] += (hash & 0x8000_0000) == 0 ? weight : -weight;
        }

        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
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
