using ContentOps.Core.Api;

namespace ContentOps.Operator.Stores.Kubernetes;

/// <summary>
/// The objects of one kind as last seen, keyed by namespace/name, safe for concurrent readers. Every mutation
/// reports how the object changed so the informer can tell spec changes (reconcile) from status-only ones (not).
/// </summary>
internal sealed class InformerCache(string kind)
{
    private readonly Lock _lock = new();
    private readonly SortedDictionary<(string Namespace, string Name), Resource> _items = [];

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _items.Count;
            }
        }
    }

    public Resource? Get(string ns, string name)
    {
        lock (_lock)
        {
            return _items.GetValueOrDefault((ns, name));
        }
    }

    /// <summary>Ordered by namespace, then name.</summary>
    public IReadOnlyList<Resource> List(string? ns)
    {
        lock (_lock)
        {
            return [.. _items.Where(i => ns is null || string.Equals(i.Key.Namespace, ns, StringComparison.Ordinal)).Select(i => i.Value)];
        }
    }

    /// <summary>Stores an object from a watch event or a write response; null when it was not newer than the cached one.</summary>
    public ResourceChange? Put(Resource resource)
    {
        var id = Id(resource);
        lock (_lock)
        {
            var old = _items.GetValueOrDefault(id);

            // Our own writes are put straight from the response; the watch delivers them again, and may deliver
            // an older intermediate version first, which must not roll the cache back.
            if (old is not null && !ResourceJson.IsNewer(resource.Metadata.ResourceVersion, old.Metadata.ResourceVersion))
            {
                return null;
            }

            _items[id] = resource;
            return new ResourceChange(resource.Key with { Kind = kind }, Classify(old, resource));
        }
    }

    /// <summary>Removes an object; null when it was not cached.</summary>
    public ResourceChange? Remove(string ns, string name)
    {
        lock (_lock)
        {
            return _items.Remove((ns, name), out var old) ? new ResourceChange(old.Key with { Kind = kind }, ResourceChangeKind.Deleted) : null;
        }
    }

    /// <summary>Replaces everything with a fresh list and reports the differences, deletions missed while not watching included.</summary>
    public IReadOnlyList<ResourceChange> Replace(IReadOnlyList<Resource> listed)
    {
        var changes = new List<ResourceChange>();
        lock (_lock)
        {
            var fresh = listed.ToDictionary(Id);
            foreach (var gone in _items.Keys.Where(id => !fresh.ContainsKey(id)).ToList())
            {
                changes.Add(new ResourceChange(_items[gone].Key with { Kind = kind }, ResourceChangeKind.Deleted));
                _items.Remove(gone);
            }

            foreach (var (id, resource) in fresh)
            {
                var old = _items.GetValueOrDefault(id);
                _items[id] = resource;
                if (old is null || old.Metadata.ResourceVersion != resource.Metadata.ResourceVersion)
                {
                    changes.Add(new ResourceChange(resource.Key with { Kind = kind }, Classify(old, resource)));
                }
            }
        }

        return changes;
    }

    private static ResourceChangeKind Classify(Resource? old, Resource current)
    {
        if (old is null)
        {
            return ResourceChangeKind.Added;
        }

        var (before, after) = (old.Metadata, current.Metadata);

        // Generation moves with the spec only (status subresource), so status writes never look like spec changes.
        // Labels do not move it but select policies; deletion does not move it but starts the withdrawal.
        var specChanged = before.Generation != after.Generation
            || (before.DeletionTimestamp is null) != (after.DeletionTimestamp is null)
            || !SameLabels(before.Labels, after.Labels);
        return specChanged ? ResourceChangeKind.SpecChanged : ResourceChangeKind.StatusChanged;
    }

    private static bool SameLabels(IReadOnlyDictionary<string, string>? a, IReadOnlyDictionary<string, string>? b) =>
        (a?.Count ?? 0) == (b?.Count ?? 0)
        && (a is null || a.All(pair => b!.TryGetValue(pair.Key, out var value) && value == pair.Value));

    private static (string, string) Id(Resource resource) => (resource.Metadata.EffectiveNamespace, resource.Metadata.Name);
}
