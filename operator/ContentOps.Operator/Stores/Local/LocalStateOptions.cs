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
}
