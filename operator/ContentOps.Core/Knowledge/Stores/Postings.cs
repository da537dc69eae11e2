using ContentOps.Core.Knowledge.Embeddings;

namespace ContentOps.Core.Knowledge.Stores;

/// <summary>
/// Sparse vectors by dimension: for each dimension, the rows that have it and their values. A query's dot product
/// with every row is the sum, over the query's own non-zero dimensions, of its value times each posting's.
/// </summary>
internal sealed class Postings(int dimensions)
{
    private int[][] _rows = NewJagged<int>(dimensions);
    private float[][] _values = NewJagged<float>(dimensions);
    private int[] _counts = new int[dimensions];

    /// <summary>Entries held (non-zero values of every row).</summary>
    public long Entries { get; private set; }

    public void Clear()
    {
        (_rows, _values, _counts, Entries) = (NewJagged<int>(dimensions), NewJagged<float>(dimensions), new int[dimensions], 0);
    }

    public void Add(int row, SparseVector vector)
    {
        for (var i = 0; i < vector.Count; i++)
        {
            var d = vector.Indices[i];
            if (_counts[d] == _rows[d].Length)
            {
                var size = Math.Max(4, _rows[d].Length * 2);
                Array.Resize(ref _rows[d], size);
                Array.Resize(ref _values[d], size);
            }

            _rows[d][_counts[d]] = row;
            _values[d][_counts[d]++] = vector.Values[i];
        }

        Entries += vector.Count;
    }

    /// <summary>Adds the query's dot product with every row to <paramref name="scores"/> (indexed by row).</summary>
    public void Accumulate(SparseVector query, float[] scores)
    {
        for (var i = 0; i < query.Count; i++)
        {
            var d = query.Indices[i];
            var weight = query.Values[i];
            var rows = _rows[d].AsSpan(0, _counts[d]);
            var values = _values[d].AsSpan(0, _counts[d]);
            for (var p = 0; p < rows.Length; p++)
            {
                scores[rows[p]] += weight * values[p];
            }
        }
    }

    /// <summary>Renumbers rows (<paramref name="map"/>: old row → new row, -1 dropped).</summary>
    public void Remap(int[] map)
    {
        Entries = 0;
        for (var d = 0; d < dimensions; d++)
        {
            var kept = 0;
            for (var p = 0; p < _counts[d]; p++)
            {
                if (map[_rows[d][p]] is var row and >= 0)
                {
                    (_rows[d][kept], _values[d][kept]) = (row, _values[d][p]);
                    kept++;
                }
            }

            _counts[d] = kept;
            Entries += kept;
        }
    }

    /// <summary>Every row's sparse vector (for saving), rows 0..<paramref name="rows"/>-1.</summary>
    public SparseVector[] ByRow(int rows)
    {
        var counts = new int[rows];
        for (var d = 0; d < dimensions; d++)
        {
            for (var p = 0; p < _counts[d]; p++)
            {
                counts[_rows[d][p]]++;
            }
        }

        var vectors = new SparseVector[rows];
        for (var row = 0; row < rows; row++)
        {
            vectors[row] = new SparseVector(new int[counts[row]], new float[counts[row]]);
            counts[row] = 0;
        }

        // Dimensions ascend, so each row's indices come out ascending.
        for (var d = 0; d < dimensions; d++)
        {
            for (var p = 0; p < _counts[d]; p++)
            {
                var row = _rows[d][p];
                var i = counts[row]++;
                (vectors[row].Indices[i], vectors[row].Values[i]) = (d, _values[d][p]);
            }
        }

        return vectors;
    }

    private static T[][] NewJagged<T>(int length)
    {
        var jagged = new T[length][];
        Array.Fill(jagged, []);
        return jagged;
    }
}
