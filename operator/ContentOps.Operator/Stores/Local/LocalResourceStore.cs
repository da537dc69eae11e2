using System.Text;
using ContentOps.Core.Api;

namespace ContentOps.Operator.Stores.Local;

/// <summary>
/// The embedded <see cref="IResourceStore"/>: declarations synced in by <see cref="SyncAsync"/>, status and
/// finalizers in state.db, reads from an in-memory cache. Writes happen only when something changed, so a rerun
/// over unchanged declarations and statuses executes no SQL write at all.
/// </summary>
internal sealed class LocalResourceStore : IResourceStore
{
    private readonly StateDatabase _database;
    private readonly ResourceTable _table;
    private readonly ResourceCache _cache;
    private readonly DeclarationSync _sync;

    internal LocalResourceStore(StateDatabase database)
    {
        _database = database;
        _table = new ResourceTable(database);
        _cache = new ResourceCache(_table);
        _sync = new DeclarationSync(database, _table, _cache);
        lock (database.Gate)
        {
            _cache.Load();
        }
    }

    /// <summary>SQLite write statements executed by this state folder since it was opened (for tests and benchmarks).</summary>
    public long WriteCount => _database.WriteCount;

    /// <summary>
    /// Makes the store match the declarations: new objects get a uid and generation 1, a changed spec or labels
    /// increment the generation, objects no longer declared are forgotten or, while they have finalizers, get a
    /// deletion timestamp and keep their last declared spec. All writes commit together or not at all.
    /// </summary>
    /// <param name="declared">Every declared object; keys must be unique.</param>
    /// <param name="sourceRevision">The Git commit they were read from, recorded on rows whose declaration changed.</param>
    /// <param name="now">Creation and deletion time for this sync.</param>
    public Task<SyncResult> SyncAsync(IReadOnlyList<Resource> declared, string? sourceRevision, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_sync.Run(declared, sourceRevision, now));
    }

    /// <summary>The Git commit at which the object's current generation was declared, if known.</summary>
    public string? SourceRevisionOf(ResourceKey key)
    {
        lock (_database.Gate)
        {
            return _cache.Find(key)?.SourceRevision;
        }
    }

    public Resource? Get(ResourceKey key)
    {
        lock (_database.Gate)
        {
            return _cache.Find(key) is { } row ? row.BuildView() : null;
        }
    }

    public IReadOnlyList<Resource> List(string kind, string? ns = null)
    {
        lock (_database.Gate)
        {
            return _cache.OfKind(kind)
                .Where(row => ns is null || string.Equals(row.Key.Namespace, ns, StringComparison.Ordinal))
                .Select(row => row.BuildView())
                .ToList();
        }
    }

    public Task<bool> UpdateStatusAsync(ResourceKey key, ResourceStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        lock (_database.Gate)
        {
            // An object forgotten after its last finalizer went has no status to write (Kubernetes would answer NotFound).
            if (_cache.Find(key) is not { } row)
            {
                return Task.FromResult(false);
            }

            if (!row.Shape.StatusType.IsInstanceOfType(status))
            {
                throw new ArgumentException($"{key} takes a {row.Shape.StatusType.Name}, not a {status.GetType().Name}.", nameof(status));
            }

            var json = StateJson.SerializeToUtf8(status, row.Shape.StatusType);
            var hash = StateJson.Hash(json);
            if (string.Equals(hash, row.StatusHash, StringComparison.Ordinal))
            {
                return Task.FromResult(false);
            }

            var next = row.Copy();
            next.Version++;
            next.Status = status;
            next.StatusJson = null;
            next.StatusHash = hash;
            _table.UpdateStatus(next, Encoding.UTF8.GetString(json));
            _cache.Put(next);
            return Task.FromResult(true);
        }
    }

    public Task AddFinalizerAsync(ResourceKey key, string finalizer, CancellationToken cancellationToken)
    {
        lock (_database.Gate)
        {
            var row = _cache.Find(key) ?? throw new KeyNotFoundException($"{key} does not exist.");
            if (row.Finalizers.Contains(finalizer, StringComparer.Ordinal))
            {
                return Task.CompletedTask;
            }

            // As in Kubernetes: once deletion is requested, finalizers may only go, or deletion could be held forever.
            if (row.DeletionTimestamp is not null)
            {
                throw new InvalidOperationException($"{key} is being deleted; finalizer '{finalizer}' cannot be added.");
            }

            var next = row.Copy();
            next.Version++;
            next.Finalizers = [.. row.Finalizers, finalizer];
            _table.UpdateLifecycle(next);
            _cache.Put(next);
            return Task.CompletedTask;
        }
    }

    public Task RemoveFinalizerAsync(ResourceKey key, string finalizer, CancellationToken cancellationToken)
    {
        lock (_database.Gate)
        {
            if (_cache.Find(key) is not { } row || !row.Finalizers.Contains(finalizer, StringComparer.Ordinal))
            {
                return Task.CompletedTask;
            }

            var remaining = row.Finalizers.Where(f => !string.Equals(f, finalizer, StringComparison.Ordinal)).ToArray();
            if (remaining.Length == 0 && row.DeletionTimestamp is not null)
            {
                _table.Delete(key);
                _cache.Remove(key);
                return Task.CompletedTask;
            }

            var next = row.Copy();
            next.Version++;
            next.Finalizers = remaining;
            _table.UpdateLifecycle(next);
            _cache.Put(next);
            return Task.CompletedTask;
        }
    }
}
