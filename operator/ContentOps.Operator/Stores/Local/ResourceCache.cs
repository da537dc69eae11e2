using ContentOps.Core.Api;

namespace ContentOps.Operator.Stores.Local;

/// <summary>
/// The in-memory copy of the resources table, per kind in List order. It only ever changes after the SQLite write
/// it mirrors has committed, so a failed write leaves cache and database agreeing. Callers hold the database gate.
/// </summary>
internal sealed class ResourceCache(ResourceTable table)
{
    private readonly Dictionary<string, SortedDictionary<ResourceKey, StoredResource>> _byKind = new(StringComparer.Ordinal);

    public int Count => _byKind.Values.Sum(rows => rows.Count);

    /// <summary>
    /// Reads every row and builds the objects on all cores: a run on unchanged declarations lists every piece
    /// (what is due, the final table), and deserializing 10,000 objects one by one under the gate was most of it.
    /// </summary>
    public void Load()
    {
        var rows = table.LoadAll();
        try
        {
            Parallel.ForEach(rows, loaded =>
            {
                loaded.Row.Declared = (Resource)StateJson.Deserialize(loaded.LastDeclared, loaded.Row.Shape.Type);
                loaded.Row.BuildView();
            });
        }
        catch (AggregateException e)
        {
            // The caller sees the same error a sequential load would raise, not a wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        foreach (var (row, _) in rows)
        {
            Put(row);
        }
    }

    public StoredResource? Find(ResourceKey key) =>
        _byKind.TryGetValue(key.Kind, out var rows) && rows.TryGetValue(key, out var row) ? row : null;

    public IEnumerable<StoredResource> OfKind(string kind) =>
        _byKind.TryGetValue(kind, out var rows) ? rows.Values : [];

    /// <summary>A snapshot of every row, safe to enumerate while rows are replaced.</summary>
    public List<StoredResource> All() => _byKind.Values.SelectMany(rows => rows.Values).ToList();

    public void Put(StoredResource row)
    {
        if (!_byKind.TryGetValue(row.Key.Kind, out var rows))
        {
            rows = new SortedDictionary<ResourceKey, StoredResource>(ResourceKeyOrder.Instance);
            _byKind[row.Key.Kind] = rows;
        }

        rows[row.Key] = row;
    }

    public void Remove(ResourceKey key)
    {
        if (_byKind.TryGetValue(key.Kind, out var rows))
        {
            rows.Remove(key);
        }
    }

}
