using System.Buffers;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using ContentOps.Core.Knowledge.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;

namespace ContentOps.Core.Knowledge.Stores;

/// <summary>
/// The embedded vector store: exact cosine search over every record, filtered before ranking, persisted as one
/// binary file in the state folder. Dense vectors (an OpenAI-compatible embedding) sit in one contiguous matrix and
/// are scored with SIMD dot products (System.Numerics.Tensors); sparse vectors (the hashed n-gram embedding, a few
/// hundred non-zero of thousands of dimensions) sit in per-dimension posting lists, so a query touches only the
/// dimensions it has. Both give the same dot product; vectors are normalised, so it is the cosine.
/// </summary>
public sealed partial class EmbeddedVectorCollection(string name, int dimensions, IEmbeddingGenerator<string, Embedding<float>>? embedder = null)
    : VectorStoreCollection<string, KnowledgeRecord>
{
    private readonly Dictionary<string, int> _rows = new(StringComparer.Ordinal);
    private readonly List<KnowledgeRecord?> _records = [];
    private readonly List<int> _denseSlots = [];
    private readonly Postings _postings = new(dimensions);
    private float[] _matrix = [];
    private int _denseCount;
    private int _sparseRows;
    private bool _exists;

    /// <inheritdoc />
    public override string Name => name;

    /// <summary>Records held.</summary>
    public int Count => _rows.Count;

    /// <summary>Dimensions of the vectors.</summary>
    public int Dimensions => dimensions;

    /// <summary>The records held, in insertion order.</summary>
    public IEnumerable<KnowledgeRecord> Records => _records.OfType<KnowledgeRecord>();

    /// <inheritdoc />
    public override Task<bool> CollectionExistsAsync(CancellationToken cancellationToken = default) => Task.FromResult(_exists);

    /// <inheritdoc />
    public override Task EnsureCollectionExistsAsync(CancellationToken cancellationToken = default)
    {
        _exists = true;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task EnsureCollectionDeletedAsync(CancellationToken cancellationToken = default)
    {
        _rows.Clear();
        _records.Clear();
        _denseSlots.Clear();
        _postings.Clear();
        (_denseCount, _sparseRows, _exists) = (0, 0, false);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task<KnowledgeRecord?> GetAsync(string key, RecordRetrievalOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(_rows.TryGetValue(key, out var row) ? _records[row] : null);

    /// <inheritdoc />
    public override async IAsyncEnumerable<KnowledgeRecord> GetAsync(IEnumerable<string> keys, RecordRetrievalOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var key in keys)
        {
            if (await GetAsync(key, options, cancellationToken) is { } record)
            {
                yield return record;
            }
        }
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<KnowledgeRecord> GetAsync(System.Linq.Expressions.Expression<Func<KnowledgeRecord, bool>> filter, int top, FilteredRecordRetrievalOptions<KnowledgeRecord>? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        var predicate = filter.Compile();
        foreach (var record in _records.OfType<KnowledgeRecord>().Where(predicate).Skip(options?.Skip ?? 0).Take(top))
        {
            yield return record;
        }
    }

    /// <inheritdoc />
    public override Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        Delete(key);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override async Task DeleteAsync(IEnumerable<string> keys, CancellationToken cancellationToken = default)
    {
        foreach (var key in keys)
        {
            await DeleteAsync(key, cancellationToken);
        }
    }

    /// <inheritdoc />
    public override Task UpsertAsync(KnowledgeRecord record, CancellationToken cancellationToken = default)
    {
        Upsert(record);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task UpsertAsync(IEnumerable<KnowledgeRecord> records, CancellationToken cancellationToken = default)
    {
        foreach (var record in records)
        {
            Upsert(record);
        }

        return Task.CompletedTask;
    }

    /// <summary>Adds or replaces a record by its dense <see cref="KnowledgeRecord.Vector"/> (kept sparse when mostly zeros).</summary>
    public void Upsert(KnowledgeRecord record)
    {
        if (record.Vector.Length != dimensions)
        {
            throw new ArgumentException($"record {record.Id} has {record.Vector.Length} dimensions, the collection {dimensions}", nameof(record));
        }

        var sparse = SparseVector.FromDense(record.Vector.Span);
        if (sparse.Count * 4 <= dimensions)
        {
            Upsert(record, sparse);
        }
        else
        {
            var row = NewRow(record);
            _denseSlots[row] = _denseCount;
            EnsureMatrix(_denseCount + 1);
            record.Vector.Span.CopyTo(_matrix.AsSpan(_denseCount * dimensions, dimensions));
            _denseCount++;
        }
    }

    /// <summary>Adds or replaces a record by its sparse vector (the record's own Vector is not read).</summary>
    public void Upsert(KnowledgeRecord record, SparseVector vector)
    {
        if (vector.Count > 0 && vector.Indices[^1] >= dimensions)
        {
            throw new ArgumentException($"record {record.Id} has dimension {vector.Indices[^1]}, the collection {dimensions}", nameof(vector));
        }

        var row = NewRow(record);
        _postings.Add(row, vector);
        _sparseRows++;
    }

    /// <summary>Removes a record; false when it was not there.</summary>
    public bool Delete(string key)
    {
        if (!_rows.Remove(key, out var row))
        {
            return false;
        }

        // Rows are tombstoned (posting lists keep their entries, searches skip dead rows) and compacted when half are dead.
        _records[row] = null;
        if (_records.Count > 1024 && _records.Count > 2 * _rows.Count)
        {
            Compact();
        }

        return true;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<VectorSearchResult<KnowledgeRecord>> SearchAsync<TInput>(TInput searchValue, int top, VectorSearchOptions<KnowledgeRecord>? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var vector = searchValue switch
        {
            ReadOnlyMemory<float> memory => memory,
            float[] array => array,
            Embedding<float> embedding => embedding.Vector,
            string text when embedder is not null => (await embedder.GenerateAsync([text], cancellationToken: cancellationToken))[0].Vector,
            _ => throw new NotSupportedException($"search by {typeof(TInput).Name} is not supported; pass a vector, an Embedding<float> or (with an embedder) a string"),
        };
        var predicate = options?.Filter?.Compile();
        foreach (var (record, score) in Search(vector.Span, top + (options?.Skip ?? 0), predicate).Skip(options?.Skip ?? 0))
        {
            yield return new VectorSearchResult<KnowledgeRecord>(record, score);
        }
    }

    /// <summary>The <paramref name="top"/> records most similar to <paramref name="query"/> that <paramref name="filter"/> allows, best first.</summary>
    public IReadOnlyList<(KnowledgeRecord Record, double Score)> Search(ReadOnlySpan<float> query, int top, KnowledgeFilter filter) =>
        query.Length != dimensions ? [] : Search(SparseVector.FromDense(query), query, top, filter.Matches);

    /// <summary>The <paramref name="top"/> records most similar to <paramref name="query"/> that <paramref name="filter"/> allows, best first.</summary>
    public IReadOnlyList<(KnowledgeRecord Record, double Score)> Search(SparseVector query, int top, KnowledgeFilter filter) =>
        Search(query, _denseCount > 0 ? query.ToDense(dimensions) : default, top, filter.Matches);

    /// <summary>The <paramref name="top"/> records most similar to <paramref name="query"/> that pass the filter, best first.</summary>
    public IReadOnlyList<(KnowledgeRecord Record, double Score)> Search(ReadOnlySpan<float> query, int top, Func<KnowledgeRecord, bool>? filter) =>
        query.Length != dimensions ? [] : Search(SparseVector.FromDense(query), query, top, filter);

    private IReadOnlyList<(KnowledgeRecord Record, double Score)> Search(SparseVector sparse, ReadOnlySpan<float> dense, int top, Func<KnowledgeRecord, bool>? filter)
    {
        if (top <= 0)
        {
            return [];
        }

        var rows = _records.Count;
        var scores = ArrayPool<float>.Shared.Rent(Math.Max(rows, 1));
        try
        {
            Array.Clear(scores, 0, rows);
            if (_sparseRows > 0)
            {
                _postings.Accumulate(sparse, scores);
            }

            if (_denseCount > 0)
            {
                var matrix = _matrix.AsSpan();
                for (var row = 0; row < rows; row++)
                {
                    if (_denseSlots[row] is var slot and >= 0)
                    {
                        scores[row] = TensorPrimitives.Dot(dense, matrix.Slice(slot * dimensions, dimensions));
                    }
                }
            }

            return Best(scores, rows, top, filter);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    // The hot loop over every row: compare the score first, test the filter only for rows that would enter the top.
    private List<(KnowledgeRecord Record, double Score)> Best(float[] scores, int rows, int top, Func<KnowledgeRecord, bool>? filter)
    {
        var best = new PriorityQueue<int, float>(top + 1);
        var worst = float.NegativeInfinity;
        for (var row = 0; row < rows; row++)
        {
            var score = scores[row];
            if ((best.Count == top && score <= worst) || _records[row] is not { } record || (filter is not null && !filter(record)))
            {
                continue;
            }

            if (best.Count < top)
            {
                best.Enqueue(row, score);
            }
            else
            {
                best.DequeueEnqueue(row, score);
            }

            if (best.Count == top)
            {
                best.TryPeek(out _, out worst);
            }
        }

        var results = new List<(KnowledgeRecord, double)>(best.Count);
        while (best.TryDequeue(out var row, out var score))
        {
            results.Add((_records[row]!, score));
        }

        results.Reverse();
        return results;
    }

    /// <inheritdoc />
    public override object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    private int NewRow(KnowledgeRecord record)
    {
        _exists = true;
        Delete(record.Id);
        var row = _records.Count;
        _rows[record.Id] = row;
        _records.Add(record);
        _denseSlots.Add(-1);
        return row;
    }

    private void EnsureMatrix(int slots)
    {
        if (slots * dimensions > _matrix.Length)
        {
            Array.Resize(ref _matrix, Math.Max(_matrix.Length * 2, Math.Max(64, slots) * dimensions));
        }
    }

    private void Compact()
    {
        var map = new int[_records.Count];
        var (records, slots) = (new List<KnowledgeRecord?>(_rows.Count), new List<int>(_rows.Count));
        var matrix = new float[Math.Max(64, _denseCount) * dimensions];
        var (dense, sparse) = (0, 0);
        for (var row = 0; row < _records.Count; row++)
        {
            map[row] = -1;
            if (_records[row] is not { } record)
            {
                continue;
            }

            map[row] = records.Count;
            _rows[record.Id] = records.Count;
            records.Add(record);
            if (_denseSlots[row] >= 0)
            {
                _matrix.AsSpan(_denseSlots[row] * dimensions, dimensions).CopyTo(matrix.AsSpan(dense * dimensions));
                slots.Add(dense++);
            }
            else
            {
                slots.Add(-1);
                sparse++;
            }
        }

        _postings.Remap(map);
        _records.Clear();
        _denseSlots.Clear();
        _records.AddRange(records);
        _denseSlots.AddRange(slots);
        (_matrix, _denseCount, _sparseRows) = (matrix, dense, sparse);
    }
}
