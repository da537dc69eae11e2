using ContentOps.Core.Api;

namespace ContentOps.Operator.Stores.Local;

/// <summary>What one sync of the declarations into the store changed. Each list is in declaration/storage order.</summary>
internal sealed record SyncResult
{
    /// <summary>Declared for the first time: generation 1.</summary>
    public required IReadOnlyList<ResourceKey> Added { get; init; }

    /// <summary>Spec or labels changed (generation incremented), or declared again while being deleted.</summary>
    public required IReadOnlyList<ResourceKey> Changed { get; init; }

    /// <summary>No longer declared: forgotten, or (when finalizers remain) marked with a deletion timestamp.</summary>
    public required IReadOnlyList<ResourceKey> Deleted { get; init; }

    /// <summary>Stored keys whose generation and deletion state stay as they were (including objects still being deleted).</summary>
    public required IReadOnlyList<ResourceKey> Unchanged { get; init; }

    /// <summary>Statements written to SQLite by this sync; zero when nothing changed.</summary>
    public long Writes { get; init; }

    public bool IsNoOp => Added.Count == 0 && Changed.Count == 0 && Deleted.Count == 0;
}
