using System.Globalization;
using System.Text.Json.Nodes;

namespace ContentOps.Operator.Tests.FakeApiServer;

/// <summary>
/// The state behind the fake API server: objects per collection, one global resourceVersion counter, the history
/// of changes (so a watch resumes from any resourceVersion not yet expired) and the open watches. Follows the
/// apiserver's rules for custom resources with a status subresource: main-resource writes ignore status and bump
/// generation only when the spec changes, /status writes change only status, DELETE of an object with finalizers
/// only sets deletionTimestamp, and the object goes when its last finalizer does.
/// </summary>
internal sealed partial class FakeCluster(TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, SortedDictionary<string, JsonObject>> _collections = [];
    private readonly List<WatchEvent> _history = [];
    private readonly List<FakeWatcher> _watchers = [];
    private long _resourceVersion = 100;
    private long _expiredBelow;
    private int _conflictsToInject;
    private Func<string, bool> _conflictFilter = _ => true;

    /// <summary>Collections (group/version/plural) whose objects have a status subresource: every contentops.io kind.</summary>
    public static bool HasStatus(string collection) => collection.StartsWith("contentops.io/", StringComparison.Ordinal);

    public long ResourceVersion
    {
        get
        {
            lock (_lock)
            {
                return _resourceVersion;
            }
        }
    }

    public JsonObject Get(string collection, string ns, string name)
    {
        lock (_lock)
        {
            return (JsonObject)Find(collection, ns, name).DeepClone();
        }
    }

    public JsonObject? TryGet(string collection, string ns, string name)
    {
        lock (_lock)
        {
            return Objects(collection).TryGetValue(Key(ns, name), out var found) ? (JsonObject)found.DeepClone() : null;
        }
    }

    /// <summary>Items in namespace and name order, and the resourceVersion the list is consistent with.</summary>
    public (IReadOnlyList<JsonObject> Items, long ResourceVersion) List(string collection, string? ns)
    {
        lock (_lock)
        {
            var items = Objects(collection).Values
                .Where(o => ns is null || Namespace(o) == ns)
                .Select(o => (JsonObject)o.DeepClone())
                .ToList();
            return (items, _resourceVersion);
        }
    }

    public JsonObject Create(string collection, string ns, JsonObject body)
    {
        lock (_lock)
        {
            var metadata = Metadata(body);
            var name = (string?)metadata["name"] ?? throw new ApiError(422, "Invalid", "metadata.name: Required value");
            if (Objects(collection).ContainsKey(Key(ns, name)))
            {
                throw new ApiError(409, "AlreadyExists", $"\"{name}\" already exists");
            }

            var created = (JsonObject)body.DeepClone();
            var meta = Metadata(created);
            meta["namespace"] = ns;
            meta["uid"] = Guid.NewGuid().ToString();
            meta["creationTimestamp"] = Timestamp();
            meta.Remove("deletionTimestamp");
            if (HasStatus(collection))
            {
                created.Remove("status");
                meta["generation"] = 1L;
            }

            return Store(collection, ns, name, created, "ADDED");
        }
    }

    /// <summary>PUT: a full replacement, refused with 409 unless metadata.resourceVersion is current (when given).</summary>
    public JsonObject Replace(string collection, string ns, string name, JsonObject body, bool status)
    {
        lock (_lock)
        {
            var current = Find(collection, ns, name);
            CheckResourceVersion(current, body, name);
            return Write(collection, ns, name, current, body, status);
        }
    }

    /// <summary>PATCH with application/merge-patch+json; a metadata.resourceVersion in the patch is an optimistic lock.</summary>
    public JsonObject MergePatch(string collection, string ns, string name, JsonObject patch, bool status)
    {
        lock (_lock)
        {
            var current = Find(collection, ns, name);
            CheckResourceVersion(current, patch, name);
            var patched = (JsonObject)JsonMergePatch.Apply(current, patch)!;
            return Write(collection, ns, name, current, patched, status);
        }
    }

    /// <summary>DELETE: an object with finalizers gets a deletionTimestamp and stays; others go at once.</summary>
    public JsonObject Delete(string collection, string ns, string name)
    {
        lock (_lock)
        {
            var current = Find(collection, ns, name);
            if (Finalizers(current).Count == 0)
            {
                Objects(collection).Remove(Key(ns, name));
                return Publish(collection, ns, "DELETED", Bump(current));
            }

            if (Metadata(current)["deletionTimestamp"] is not null)
            {
                return (JsonObject)current.DeepClone();
            }

            var deleting = (JsonObject)current.DeepClone();
            Metadata(deleting)["deletionTimestamp"] = Timestamp();
            return Store(collection, ns, name, deleting, "MODIFIED");
        }
    }

    private JsonObject Write(string collection, string ns, string name, JsonObject current, JsonObject requested, bool status)
    {
        JsonObject next;
        if (status)
        {
            // /status changes nothing but status.
            next = (JsonObject)current.DeepClone();
            next["status"] = requested["status"]?.DeepClone();
        }
        else
        {
            next = (JsonObject)requested.DeepClone();
            var meta = Metadata(next);
            var old = Metadata(current);
            foreach (var managed in new[] { "uid", "creationTimestamp", "deletionTimestamp", "generation", "namespace", "name" })
            {
                meta[managed] = old[managed]?.DeepClone();
            }

            if (HasStatus(collection))
            {
                next["status"] = current["status"]?.DeepClone();
                if (!JsonNode.DeepEquals(current["spec"], next["spec"]))
                {
                    meta["generation"] = (old["generation"] is { } generation ? long.Parse(generation.ToJsonString(), CultureInfo.InvariantCulture) : 0) + 1;
                }
            }

            // Once deletion is requested, finalizers may only go; the last one going removes the object.
            if (old["deletionTimestamp"] is not null && Finalizers(next).Count == 0)
            {
                Objects(collection).Remove(Key(ns, name));
                return Publish(collection, ns, "DELETED", Bump(next));
            }
        }

        if (JsonNode.DeepEquals(Strip(current), Strip(next)))
        {
            // A no-op write does not change the resourceVersion and sends no event, as on the real server.
            return (JsonObject)current.DeepClone();
        }

        return Store(collection, ns, name, next, "MODIFIED");
    }

    private void CheckResourceVersion(JsonObject current, JsonObject body, string name)
    {
        if (_conflictsToInject > 0 && _conflictFilter(name))
        {
            _conflictsToInject--;
            throw ApiError.Conflict(name);
        }

        var expected = (string?)Metadata(body)["resourceVersion"];
        if (expected is not null && expected != (string?)Metadata(current)["resourceVersion"])
        {
            throw ApiError.Conflict(name);
        }
    }

    private JsonObject Store(string collection, string ns, string name, JsonObject value, string type)
    {
        var stored = Bump(value);
        Objects(collection)[Key(ns, name)] = stored;
        return Publish(collection, ns, type, stored);
    }

    private JsonObject Bump(JsonObject value)
    {
        Metadata(value)["resourceVersion"] = (++_resourceVersion).ToString(CultureInfo.InvariantCulture);
        return value;
    }

    private JsonObject Publish(string collection, string ns, string type, JsonObject value)
    {
        var change = new WatchEvent(_resourceVersion, type, collection, ns, (JsonObject)value.DeepClone());
        _history.Add(change);
        foreach (var watcher in _watchers.Where(w => w.Sees(change) && !w.Stalled))
        {
            watcher.Events.Writer.TryWrite(change);
        }

        return (JsonObject)value.DeepClone();
    }

    private JsonObject Find(string collection, string ns, string name) =>
        Objects(collection).TryGetValue(Key(ns, name), out var found) ? found : throw ApiError.NotFound(name);

    private SortedDictionary<string, JsonObject> Objects(string collection)
    {
        if (!_collections.TryGetValue(collection, out var objects))
        {
            _collections[collection] = objects = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        }

        return objects;
    }

    private string Timestamp() => time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static JsonObject Strip(JsonObject value)
    {
        var copy = (JsonObject)value.DeepClone();
        Metadata(copy).Remove("resourceVersion");
        return copy;
    }

    private static string Key(string ns, string name) => ns + "/" + name;

    private static string Namespace(JsonObject value) => (string?)Metadata(value)["namespace"] ?? "";

    private static JsonObject Metadata(JsonObject value)
    {
        if (value["metadata"] is not JsonObject metadata)
        {
            value["metadata"] = metadata = [];
        }

        return metadata;
    }

    private static IReadOnlyList<string?> Finalizers(JsonObject value) =>
        Metadata(value)["finalizers"] is JsonArray finalizers ? [.. finalizers.Select(f => (string?)f)] : [];
}
