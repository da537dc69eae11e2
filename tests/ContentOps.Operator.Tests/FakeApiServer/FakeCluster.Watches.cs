using System.Globalization;
using System.Text.Json.Nodes;

namespace ContentOps.Operator.Tests.FakeApiServer;

/// <summary>Watch registration and the fault hooks tests use to reproduce what real clusters do to watches.</summary>
internal sealed partial class FakeCluster
{
    private int _emptyClosesToInject;

    /// <summary>Open watches (for assertions).</summary>
    public int OpenWatches
    {
        get
        {
            lock (_lock)
            {
                return _watchers.Count;
            }
        }
    }

    /// <summary>
    /// Registers a watch. With a resourceVersion it replays the history after it (a 410 Expired when that part of the
    /// history is gone); without one (or "0") it starts with an ADDED for every current object, as the apiserver does.
    /// Returns null when the watch must end at once with no event (an injected empty close).
    /// </summary>
    public FakeWatcher? StartWatch(string collection, string? ns, string? resourceVersion)
    {
        lock (_lock)
        {
            if (_emptyClosesToInject > 0)
            {
                _emptyClosesToInject--;
                return null;
            }

            var watcher = new FakeWatcher(collection, ns);
            if (string.IsNullOrEmpty(resourceVersion) || resourceVersion == "0")
            {
                foreach (var item in Objects(collection).Values.Where(o => ns is null || Namespace(o) == ns))
                {
                    watcher.Events.Writer.TryWrite(new WatchEvent(_resourceVersion, "ADDED", collection, Namespace(item), (JsonObject)item.DeepClone()));
                }
            }
            else
            {
                var from = long.Parse(resourceVersion, CultureInfo.InvariantCulture);
                if (from < _expiredBelow)
                {
                    watcher.Events.Writer.TryWrite(Expired(collection, from));
                    watcher.Events.Writer.TryComplete();
                    return watcher;
                }

                foreach (var change in _history.Where(h => h.ResourceVersion > from && watcher.Sees(h)))
                {
                    watcher.Events.Writer.TryWrite(change);
                }
            }

            _watchers.Add(watcher);
            return watcher;
        }
    }

    public void StopWatch(FakeWatcher watcher)
    {
        lock (_lock)
        {
            _watchers.Remove(watcher);
        }
    }

    /// <summary>A bookmark: an event whose object carries only the current resourceVersion.</summary>
    public WatchEvent Bookmark(string collection)
    {
        lock (_lock)
        {
            var marker = new JsonObject
            {
                ["kind"] = "Bookmark",
                ["metadata"] = new JsonObject { ["resourceVersion"] = _resourceVersion.ToString(CultureInfo.InvariantCulture) },
            };
            return new WatchEvent(_resourceVersion, "BOOKMARK", collection, "", marker);
        }
    }

    /// <summary>
    /// Compacts the history: resourceVersions older than now are "too old". Every open watch gets an ERROR event with
    /// a 410 Expired Status and ends, so clients must relist.
    /// </summary>
    public void ExpireResourceVersions()
    {
        lock (_lock)
        {
            _expiredBelow = _resourceVersion;
            foreach (var watcher in _watchers)
            {
                watcher.Events.Writer.TryWrite(Expired(watcher.Collection, _resourceVersion - 1));
                watcher.Events.Writer.TryComplete();
            }

            _watchers.Clear();
        }
    }

    /// <summary>Aborts every open watch connection mid-stream, then applies <paramref name="changes"/> before any client can watch again.</summary>
    public void DropWatches(Action? changes = null)
    {
        lock (_lock)
        {
            foreach (var watcher in _watchers)
            {
                watcher.Abort.Cancel();
            }

            _watchers.Clear();
            changes?.Invoke();
        }
    }

    /// <summary>Open watches stay open but deliver nothing more (a half-dead connection) until their timeoutSeconds ends them.</summary>
    public void StallOpenWatches()
    {
        lock (_lock)
        {
            foreach (var watcher in _watchers)
            {
                watcher.Stalled = true;
            }
        }
    }

    /// <summary>The next <paramref name="count"/> watch requests get a 200 and an empty body (the client's first-line peek fails).</summary>
    public void CloseNextWatchesEmpty(int count)
    {
        lock (_lock)
        {
            _emptyClosesToInject = count;
        }
    }

    /// <summary>The next <paramref name="count"/> PUT/PATCH requests on objects whose name passes <paramref name="names"/> get a 409.</summary>
    public void InjectConflicts(int count, Func<string, bool>? names = null)
    {
        lock (_lock)
        {
            _conflictsToInject = count;
            _conflictFilter = names ?? (_ => true);
        }
    }

    public int ConflictsLeft
    {
        get
        {
            lock (_lock)
            {
                return _conflictsToInject;
            }
        }
    }

    private static WatchEvent Expired(string collection, long resourceVersion) =>
        new(resourceVersion, "ERROR", collection, "", ApiError.Status(410, "Expired", $"too old resource version: {resourceVersion}"));
}
