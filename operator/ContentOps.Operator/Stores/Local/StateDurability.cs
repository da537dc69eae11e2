namespace ContentOps.Operator.Stores.Local;

/// <summary>How hard the state folder works to keep a commit across failures.</summary>
internal enum StateDurability
{
    /// <summary>
    /// Survives the process being killed at any point (kill -9, OOM, Ctrl+C): SQLite WAL with synchronous=NORMAL,
    /// artifacts renamed into place without fsync. A power loss or kernel crash may roll back the newest commits
    /// but never corrupts; publication keys are deterministic, so a lost intent or receipt means a resend with the
    /// same key, which channels deduplicate. The default: an fsync per commit would dominate a 10,000-piece run.
    /// </summary>
    Normal,

    /// <summary>Also survives power loss: synchronous=FULL (fsync of the WAL per commit) and fsync of every artifact.</summary>
    Full,
}
