using System.Runtime.InteropServices;

namespace ContentOps.Core.Review.Learned;

/// <summary>
/// A trained multiclass linear model over <see cref="CharNgrams"/>: per class a bias and a weight per hash bucket,
/// scored in one pass over a sentence and turned into probabilities by softmax. Immutable and thread-safe.
/// </summary>
public sealed class LearnedModel
{
    private readonly float[] _weights;
    private readonly float[] _biases;

    /// <summary>A model from its classes and weights laid out bucket-major (<c>weights[bucket * classes + class]</c>).</summary>
    public LearnedModel(IReadOnlyList<string> classes, float[] weights, float[] biases)
    {
        if (weights.Length != CharNgrams.Dimension * classes.Count || biases.Length != classes.Count)
        {
            throw new ArgumentException("weights must hold one value per bucket and class, biases one per class");
        }

        Classes = classes;
        _weights = weights;
        _biases = biases;
    }

    /// <summary>The class names in model order: rule ids and <see cref="LearnedExamples.Compliant"/>.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>A digest of the weights: equal models have equal fingerprints.</summary>
    public string Fingerprint() =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(MemoryMarshal.AsBytes(_weights.AsSpan())))[..16] +
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(MemoryMarshal.AsBytes(_biases.AsSpan())))[..16];

    /// <summary>The most probable class of a sentence as written and its probability.</summary>
    public (string Class, float Probability) Predict(string sentence) => Predict(Text.TextNormalizer.Normalize(sentence).Text.AsSpan());

    /// <summary>The most probable class of a normalised sentence and its probability.</summary>
    internal (string Class, float Probability) Predict(ReadOnlySpan<char> sentence)
    {
        Span<float> scores = stackalloc float[Classes.Count];
        Score(sentence, scores);
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

    private void Score(ReadOnlySpan<char> sentence, Span<float> scores)
    {
        var accumulator = new Accumulator(_weights, scores);
        CharNgrams.Visit(sentence, ref accumulator);
        var scale = 1f / MathF.Sqrt(Math.Max(1, CharNgrams.Count(sentence.Length)));
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = (scores[c] * scale) + _biases[c];
        }
    }

    private ref struct Accumulator(float[] weights, Span<float> scores) : CharNgrams.IBucketVisitor
    {
        private readonly Span<float> _scores = scores;

        public readonly void Visit(int bucket)
        {
            var row = weights.AsSpan(bucket * _scores.Length, _scores.Length);
            for (var c = 0; c < row.Length; c++)
            {
                _scores[c] += row[c];
            }
        }
    }
}
