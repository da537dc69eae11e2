using System.Numerics;
using System.Runtime.InteropServices;

namespace ContentOps.Core.Review.Learned;

/// <summary>
/// A trained multiclass linear model over <see cref="CharNgrams"/>: per class a bias and a weight per hash bucket,
/// scored in one pass over a sentence and turned into probabilities by softmax. Immutable and thread-safe.
/// </summary>
public sealed class LearnedModel
{
    // Each bucket's row is padded to whole SIMD vectors (9 classes → 16 floats, one cache line), so adding a row to the
    // scores is two vector additions: scoring is one of these per n-gram, three per character.
    private readonly float[] _rows;
    private readonly int _stride;
    private readonly float[] _biases;

    /// <summary>A model from its classes and weights laid out bucket-major (<c>weights[bucket * classes + class]</c>).</summary>
    public LearnedModel(IReadOnlyList<string> classes, float[] weights, float[] biases)
    {
        if (weights.Length != CharNgrams.Dimension * classes.Count || biases.Length != classes.Count)
        {
            throw new ArgumentException("weights must hold one value per bucket and class, biases one per class");
        }

        Classes = classes;
        _biases = biases;
        _stride = (classes.Count + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        _rows = new float[CharNgrams.Dimension * _stride];
        for (var bucket = 0; bucket < CharNgrams.Dimension; bucket++)
        {
            weights.AsSpan(bucket * classes.Count, classes.Count).CopyTo(_rows.AsSpan(bucket * _stride));
        }
    }

    /// <summary>The class names in model order: rule ids and <see cref="LearnedExamples.Compliant"/>.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>A digest of the weights: equal models have equal fingerprints.</summary>
    public string Fingerprint() =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(MemoryMarshal.AsBytes(_rows.AsSpan())))[..16] +
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(MemoryMarshal.AsBytes(_biases.AsSpan())))[..16];

    /// <summary>The most probable class of a sentence as written and its probability.</summary>
    public (string Class, float Probability) Predict(string sentence) => Predict(Text.TextNormalizer.Normalize(sentence).Text.AsSpan());

    /// <summary>The most probable class of a normalised sentence and its probability.</summary>
    internal (string Class, float Probability) Predict(ReadOnlySpan<char> sentence)
    {
        Span<float> padded = stackalloc float[_stride];
        padded.Clear();
        Score(sentence, padded);
        var scores = padded[..Classes.Count];
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        var sum = 0f;
        for (var c = 0; c < scores.Length; c++)
        {
            sum += MathF.Exp(scores[c] - scores[best]);
        }

        return (Classes[best], 1f / sum);
    }

    private void Score(ReadOnlySpan<char> sentence, Span<float> padded)
    {
        var count = CharNgrams.Count(sentence.Length);
        int[]? rented = null;
        var buckets = count <= 1024 ? stackalloc int[count] : (rented = System.Buffers.ArrayPool<int>.Shared.Rent(count)).AsSpan(0, count);
        CharNgrams.Fill(sentence, buckets);
        Accumulate(buckets, padded);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<int>.Shared.Return(rented);
        }

        var scale = 1f / MathF.Sqrt(Math.Max(1, count));
        for (var c = 0; c < _biases.Length; c++)
        {
            padded[c] = (padded[c] * scale) + _biases[c];
        }
    }

    /// <summary>Adds the rows of <paramref name="buckets"/>; up to two vectors per row stay in registers.</summary>
    private void Accumulate(ReadOnlySpan<int> buckets, Span<float> padded)
    {
        ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        ref var scores = ref MemoryMarshal.GetReference(padded);
        var width = Vector<float>.Count;
        if (_stride <= 2 * width)
        {
            var low = Vector<float>.Zero;
            var high = Vector<float>.Zero;
            foreach (var bucket in buckets)
            {
                var offset = (nuint)(bucket * _stride);
                low += Vector.LoadUnsafe(ref rows, offset);
                if (_stride > width)
                {
                    high += Vector.LoadUnsafe(ref rows, offset + (nuint)width);
                }
            }

            low.StoreUnsafe(ref scores);
            if (_stride > width)
            {
                high.StoreUnsafe(ref scores, (nuint)width);
            }

            return;
        }

        foreach (var bucket in buckets)
        {
            System.Numerics.Tensors.TensorPrimitives.Add(padded, _rows.AsSpan(bucket * _stride, _stride), padded);
        }
    }
}
