using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;

namespace ContentOps.Core.Knowledge.Stores;

/// <summary>
/// The embedded vector store: exact search over every record (SIMD dot products with System.Numerics.Tensors over
/// one contiguous matrix; vectors are normalised, so the dot product is the cosine), filtered before ranking,
/// persisted as one binary file in the state folder.
/// </summary>
public sealed class EmbeddedVectorCollection(string name, int dimensions, IEmbeddingGenerator<string, Embedding<float>>? embedder = null)
    : VectorStoreCollection<string, KnowledgeRecord>
{
    private const int FormatVersion = 1;
    private readonly Dictionary<string, int> _rows = new(StringComparer.Ordinal);
    private readonly List<KnowledgeRecord> _records = [];
    private float[] _matrix = new float[dimensions * 64];
    private bool _exists;

    /// <inheritdoc />
    public override string Name => name;

    /// <summary>Records held.</summary>
    public int Count => _records.Count;

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
        _exists = false;
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
        foreach (var record in _records.Where(predicate).Skip(options?.Skip ?? 0).Take(top))
        {
            yield return record;
        }
    }

    /// <inheritdoc />
    public override Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        if (_rows.Remove(key, out var row))
        {
            // Swap the last row into the hole, so the matrix stays dense.
            var last = _records.Count - 1;
            if (row != last)
            {
                _records[row] = _records[last];
                _rows[_records[row].Id] = row;
                Array.Copy(_matrix, last * dimensions, _matrix, row * dimensions, dimensions);
            }

            _records.RemoveAt(last);
        }

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

    /// <summary>Adds or replaces a record (synchronous: nothing here waits).</summary>
    public void Upsert(KnowledgeRecord record)
    {
        if (record.Vector.Length != dimensions)
        {
            throw new ArgumentException($"record {record.Id} has {record.Vector.Length} dimensions, the collection {dimensions}", nameof(record));
        }

        _exists = true;
        if (!_rows.TryGetValue(record.Id, out var row))
        {
            row = _records.Count;
            _rows[record.Id] = row;
            _records.Add(record);
            if ((row + 1) * dimensions > _matrix.Length)
            {
                Array.Resize(ref _matrix, Math.Max(_matrix.Length * 2, (row + 1) * dimensions));
            }
        }
        else
        {
            _records[row] = record;
        }

        record.Vector.Span.CopyTo(_matrix.AsSpan(row * dimensions, dimensions));
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
    public IReadOnlyList<(KnowledgeRecord Record, double Score)> Search(ReadOnlySpan<float> query, int top, KnowledgeFilter filter)
    {
        var day = KnowledgeRecord.DayNumber(filter.UsableOn);
        // The hot loop of every query over 100,000 records: plain field tests, no delegate, no date arithmetic per row.
        return Search(query, top, r => r.ExpiresOn >= day && string.Equals(r.Status, "approved", StringComparison.Ordinal)
            && (filter.Kind is null || string.Equals(r.Kind, filter.Kind, StringComparison.Ordinal))
            && (filter.Product is not { Length: > 0 } || string.Equals(r.Product, filter.Product, StringComparison.Ordinal))
            && (filter.Category is not { Length: > 0 } || string.Equals(r.Category, filter.Category, StringComparison.Ordinal)));
    }

    /// <summary>The <paramref name="top"/> records most similar to <paramref name="query"/> that pass the filter, best first.</summary>
    public IReadOnlyList<(KnowledgeRecord Record, double Score)> Search(ReadOnlySpan<float> query, int top, Func<KnowledgeRecord, bool>? filter)
    {
        if (query.Length != dimensions || top <= 0)
        {
            return [];
        }

        var best = new PriorityQueue<int, float>(top + 1);
        var matrix = _matrix.AsSpan();
        for (var row = 0; row < _records.Count; row++)
        {
            if (filter is not null && !filter(_records[row]))
            {
                continue;
            }

            var score = TensorPrimitives.Dot(query, matrix.Slice(row * dimensions, dimensions));
            if (best.Count < top)
            {
                best.Enqueue(row, score);
            }
            else if (best.TryPeek(out _, out var worst) && score > worst)
            {
                best.DequeueEnqueue(row, score);
            }
        }

        var results = new List<(KnowledgeRecord, double)>(best.Count);
        while (best.TryDequeue(out var row, out var score))
        {
            results.Add((_records[row], score));
        }

        results.Reverse();
        return results;
    }

    /// <inheritdoc />
    public override object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    /// <summary>Writes every record and vector to <paramref name="path"/> (atomically: a temp file renamed over it).</summary>
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temp)))
        {
            writer.Write(FormatVersion);
            writer.Write(dimensions);
            writer.Write(_records.Count);
            for (var row = 0; row < _records.Count; row++)
            {
                var r = _records[row];
                foreach (var text in (string[])[r.Id, r.Kind, r.Product, r.Category, r.Status, r.Source, r.Location, r.Text])
                {
                    writer.Write(text);
                }

                writer.Write(r.ExpiresOn);
                foreach (var value in _matrix.AsSpan(row * dimensions, dimensions))
                {
                    writer.Write(value);
                }
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads a collection <see cref="Save"/> wrote; null when the file is missing or of another format or size.</summary>
    public static EmbeddedVectorCollection? Load(string path, string name, int dimensions, IEmbeddingGenerator<string, Embedding<float>>? embedder = null)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var reader = new BinaryReader(File.OpenRead(path));
        if (reader.ReadInt32() != FormatVersion || reader.ReadInt32() != dimensions)
        {
            return null;
        }

        var collection = new EmbeddedVectorCollection(name, dimensions, embedder);
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var record = new KnowledgeRecord
            {
                Id = reader.ReadString(),
                Kind = reader.ReadString(),
                Product = reader.ReadString(),
                Category = reader.ReadString(),
                Status = reader.ReadString(),
                Source = reader.ReadString(),
                Location = reader.ReadString(),
                Text = reader.ReadString(),
                ExpiresOn = reader.ReadInt32(),
            };
            var vector = new float[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                vector[d] = reader.ReadSingle();
            }

            record.Vector = vector;
            collection.Upsert(record);
        }

        return collection;
    }
}
