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

    /// <summary>Writes the bucket of every n-gram occurrence of <paramref name="sentence"/> (<see cref="Count"/> of them) into <paramref name="buckets"/>.</summary>
    public static void Fill(ReadOnlySpan<char> sentence, Span<int> buckets)
    {
        if (sentence.IsEmpty)
        {
            return;
        }

        // Unigrams of the marks carry nothing and are skipped: length unigrams, length + 1 bigrams, length trigrams. The
        // last three characters are kept in one 48-bit window, so each n-gram is a mask and one multiplication away from its bucket.
        var written = 0;
        ulong window = StartMark;
        for (var i = 0; i <= sentence.Length; i++)
        {
            var current = i < sentence.Length ? sentence[i] : EndMark;
            window = ((window << 16) | current) & 0xFFFF_FFFF_FFFFUL;
            if (i < sentence.Length)
            {
                buckets[written++] = Bucket(1, window & 0xFFFFUL);
            }

            buckets[written++] = Bucket(2, window & 0xFFFF_FFFFUL);
            if (i > 0)
            {
                buckets[written++] = Bucket(3, window);
            }
        }
    }

    /// <summary>The sparse feature vector of a sentence: ascending buckets and their weights.</summary>
    public static (int[] Buckets, float[] Values) Vector(ReadOnlySpan<char> sentence)
    {
        var buckets = new int[Count(sentence.Length)];
        Fill(sentence, buckets);
        var counts = new SortedDictionary<int, int>();
        foreach (var bucket in buckets)
        {
            counts[bucket] = counts.GetValueOrDefault(bucket) + 1;
        }

        var scale = 1f / MathF.Sqrt(Math.Max(1, buckets.Length));
        return ([.. counts.Keys], [.. counts.Values.Select(c => c * scale)]);
    }

    /// <summary>Fibonacci hashing of the n-gram's characters tagged with n: the top bits of one multiplication.</summary>
    private static int Bucket(ulong n, ulong characters) => (int)((((n << 48) | characters) * 0x9E3779B97F4A7C15UL) >> (64 - Bits));
}
