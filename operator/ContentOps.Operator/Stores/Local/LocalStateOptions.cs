namespace ContentOps.Operator.Stores.Local;

/// <summary>How to open a state folder.</summary>
internal sealed record LocalStateOptions
{
    /// <summary>The name of the state folder beside the declarations when --state is not given.</summary>
    public const string DefaultFolderName = ".contentops";

    /// <summary>See <see cref="StateDurability"/>; Normal survives kill -9, Full also survives power loss.</summary>
    public StateDurability Durability { get; init; } = StateDurability.Normal;

    /// <summary>
    /// Open without the folder lock and without writing (for `contentops status` while a `run --watch` holds the
    /// folder). WAL lets the reader see the last committed state; any write throws.
    /// </summary>
    public bool ReadOnly { get; init; }

    /// <summary>
    /// With <see cref="ReadOnly"/>: leave the folder byte-identical (for `contentops plan`). A read-only SQLite
    /// reader of a WAL database otherwise creates state.db-wal and state.db-shm. When no WAL file exists nothing is
    /// pending in one, so the database is opened as immutable (no locks, no side files); when one exists a writer is
    /// active or crashed, and the ordinary read-only open is kept so its commits are seen.
    /// </summary>
    public bool Untouched { get; init; }
}
