namespace ContentOps.Core.Knowledge.Embeddings;

/// <summary>
/// How many documents of a corpus touch each hashed dimension: the inverse document frequency that makes a rare
/// feature (a product name, a trial name, a number) weigh more than one every text shares (患者, 治疗).
/// </summary>
public sealed class DocumentFrequencies
{
    private readonly int[] _counts;
    private readonly float[] _idf;

    /// <summary>Frequencies of <paramref name="documents"/> documents, <paramref name="counts"/> per dimension.</summary>
    public DocumentFrequencies(int documents, int[] counts)
    {
        (Documents, _counts) = (documents, counts);
        _idf = new float[counts.Length];
        for (var d = 0; d < counts.Length; d++)
        {
            // BM25's idf, never below zero: ln(1 + (N - df + 0.5) / (df + 0.5)).
            _idf[d] = MathF.Log(1f + ((documents - counts[d] + 0.5f) / (counts[d] + 0.5f)));
        }
    }

    /// <summary>Documents counted.</summary>
    public int Documents { get; }

    /// <summary>Dimensions (the embedding's).</summary>
    public int Dimensions => _counts.Length;

    /// <summary>Documents touching each dimension.</summary>
    public ReadOnlySpan<int> Counts => _counts;

    /// <summary>The inverse document frequency of a dimension.</summary>
    public float Idf(int dimension) => _idf[dimension];

    /// <summary>Writes the counts (beside the vectors, so a reloaded index weighs queries as it weighed its records).</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Documents);
        writer.Write(_counts.Length);
        foreach (var count in _counts)
        {
            writer.Write(count);
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static DocumentFrequencies Read(BinaryReader reader)
    {
        var documents = reader.ReadInt32();
        var counts = new int[reader.ReadInt32()];
        for (var d = 0; d < counts.Length; d++)
        {
            counts[d] = reader.ReadInt32();
        }

        return new DocumentFrequencies(documents, counts);
    }

    /// <summary>Counts the dimensions each document touches (each dimension once per document).</summary>
    public static DocumentFrequencies Count(int dimensions, IEnumerable<IEnumerable<int>> documents)
    {
        var counts = new int[dimensions];
        var n = 0;
        foreach (var document in documents)
        {
            n++;
            foreach (var dimension in document)
            {
                counts[dimension]++;
            }
        }

        return new DocumentFrequencies(n, counts);
    }
}
