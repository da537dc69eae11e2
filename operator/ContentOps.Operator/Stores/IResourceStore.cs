using ContentOps.Core.Api;

namespace ContentOps.Operator.Stores;

/// <summary>
/// The reconcilers' only door to declared and observed state. The local store (declarations + SQLite)
/// and the Kubernetes store (informer cache + API server) implement it, so reconcilers never know where they run.
/// Reads come from a cache; writes go through to durable storage before they return.
/// </summary>
internal interface IResourceStore
{
    /// <summary>The current object: declared spec and metadata with the stored status, or null when it does not exist.</summary>
    Resource? Get(ResourceKey key);

    /// <summary>All objects of a kind, optionally in one namespace, ordered by namespace and name.</summary>
    IReadOnlyList<Resource> List(string kind, string? ns = null);

    /// <summary>
    /// Stores the status unless it equals the stored one (then nothing is written). Returns whether it wrote;
    /// false as well when the object no longer exists (its last finalizer went), as a status write after
    /// finalization is expected and harmless.
    /// </summary>
    Task<bool> UpdateStatusAsync(ResourceKey key, ResourceStatus status, CancellationToken cancellationToken);

    /// <summary>Adds a finalizer (no-op when present).</summary>
    Task AddFinalizerAsync(ResourceKey key, string finalizer, CancellationToken cancellationToken);

    /// <summary>Removes a finalizer; a deleted object whose last finalizer goes is forgotten.</summary>
    Task RemoveFinalizerAsync(ResourceKey key, string finalizer, CancellationToken cancellationToken);
}
