namespace ContentOps.Core.Review.Learned;

/// <summary>
/// The features of the learned detector: character 1-, 2- and 3-grams of a normalised sentence framed by a start and
/// an end mark, hashed into <see cref="Dimension"/> buckets, each occurrence weighing 1/√(number of n-grams). Training
/// and scoring both enumerate n-grams here, so a model always sees the features it was trained on.
/// </summary>
public static class CharNgrams
{
    /// <summary>log2 of the number of hash buckets.</summary>
    public const int Bits = 16;

    /// <summary>The number of hash buckets.</summary>
    public const int Dimension = 1 << Bits;

    private const char StartMark = '\u0002';
    private const char EndMark = '\u0003';

    /// <summary>The number of n-gram occurrences of a sentence of <paramref name="length"/> characters.</summary>
    public static int Count(int length) => length == 0 ? 0 : (3 * length) + 1;

    /// <summary>Calls <paramref name="visit"/> with the bucket of every n-gram occurrence of <paramref name="sentence"/>.</summary>
    public static void Visit<TVisitor>(ReadOnlySpan<char> sentence, ref TVisitor visit)
        where TVisitor : struct, IBucketVisitor, allows ref struct
    {
        if (sentence.IsEmpty)
        {
            return;
        }

        // Unigrams of the marks carry nothing and are skipped: length unigrams, length + 1 bigrams, length trigrams.
        char previous2 = '\0', previous = StartMark;
        for (var i = 0; i <= sentence.Length; i++)
        {
            var current = i < sentence.Length ? sentence[i] : EndMark;
            if (i < sentence.Length)
            {
                visit.Visit(Bucket(1, current, '\0', '\0'));
            }

            visit.Visit(Bucket(2, previous, current, '\0'));
            if (i > 0)
            {
                visit.Visit(Bucket(3, previous2, previous, current));
            }

            previous2 = previous;
            previous = current;
        }
    }

    /// <summary>The sparse feature vector of a sentence: ascending buckets and their weights.</summary>
    public static (int[] Buckets, float[] Values) Vector(ReadOnlySpan<char> sentence)
    {
        var counter = new BucketCounter(new SortedDictionary<int, int>());
        Visit(sentence, ref counter);
        var scale = 1f / MathF.Sqrt(Math.Max(1, Count(sentence.Length)));
        return ([.. counter.Counts.Keys], [.. counter.Counts.Values.Select(c => c * scale)]);
    }

    private static int Bucket(int n, char a, char b, char c)
    {
        unchecked
        {
            var hash = (uint)n * 0x9E3779B1u;
            hash = (hash ^ a) * 16777619u;
            hash = (hash ^ b) * 16777619u;
            hash = (hash ^ c) * 16777619u;
            hash ^= hash >> 15;
            hash *= 0x2C1B3C6Du;
            hash ^= hash >> 12;
            return (int)(hash & (Dimension - 1));
        }
    }

    /// <summary>Receives the buckets of <see cref="Visit"/>; a struct so scoring is inlined and allocation-free.</summary>
    public interface IBucketVisitor
    {
        /// <summary>One n-gram occurrence in <paramref name="bucket"/>.</summary>
        void Visit(int bucket);
    }

    private readonly struct BucketCounter(SortedDictionary<int, int> counts) : IBucketVisitor
    {
        public SortedDictionary<int, int> Counts => counts;

        public void Visit(int bucket) => counts[bucket] = counts.GetValueOrDefault(bucket) + 1;
    }
}
