namespace ContentOps.Core.Knowledge.Embeddings;

/// <summary>
/// A vector stored by its non-zero dimensions (ascending, no duplicates): what the hashed n-gram embedding makes,
/// where a text touches a few hundred of thousands of dimensions.
/// </summary>
/// <param name="Indices">The non-zero dimensions, ascending.</param>
/// <param name="Values">Their values, in the same order.</param>
public readonly record struct SparseVector(int[] Indices, float[] Values)
{
    /// <summary>The vector with no non-zero dimension.</summary>
    public static SparseVector Empty { get; } = new([], []);

    /// <summary>Non-zero dimensions.</summary>
    public int Count => Indices.Length;

    /// <summary>The dense form, <paramref name="dimensions"/> long.</summary>
    public float[] ToDense(int dimensions)
    {
        var dense = new float[dimensions];
        for (var i = 0; i < Indices.Length; i++)
        {
            dense[Indices[i]] = Values[i];
        }

        return dense;
    }

    /// <summary>The non-zero dimensions of a dense vector.</summary>
    public static SparseVector FromDense(ReadOnlySpan<float> dense)
    {
        var count = 0;
        foreach (var value in dense)
        {
            count += value != 0 ? 1 : 0;
        }

        var (indices, values) = (new int[count], new float[count]);
        for (int d = 0, i = 0; d < dense.Length; d++)
        {
            if (dense[d] != 0)
            {
                (indices[i], values[i]) = (d, dense[d]);
                i++;
            }
        }

        return new SparseVector(indices, values);
    }
}
