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

    public void Load()
    {
        foreach (var row in table.LoadAll())
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

    /// <summary>The object as handed out; objects not declared since open are read back from last_declared.</summary>
    public Resource View(StoredResource row)
    {
        row.Declared ??= (Resource)StateJson.Deserialize(table.ReadLastDeclared(row.Key), row.Shape.Type);
        return row.BuildView();
    }
}
