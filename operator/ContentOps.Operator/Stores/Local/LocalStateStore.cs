namespace ContentOps.Operator.Stores.Local;

/// <summary>
/// A state folder: <c>state.db</c> (resources, ledger, audit; SQLite in WAL mode), content-addressed artifacts
/// and reports, and <c>state.lock</c>, held while open so a second writer fails at start. Dispose to release.
/// </summary>
internal sealed class LocalStateStore : IDisposable
{
    public const string DatabaseFileName = "state.db";

    private readonly StateFolderLock? _lock;
    private readonly StateDatabase _database;

    private LocalStateStore(string folder, StateFolderLock? folderLock, StateDatabase database, StateDurability durability, bool readOnly)
    {
        Folder = folder;
        _lock = folderLock;
        _database = database;
        Resources = new LocalResourceStore(database);
        Ledger = new SqlitePublicationLedger(database);
        Sends = new SqliteSendLedger(database, readOnly);
        Audit = new SqliteAuditLog(database);
        Events = new SqliteEngagementStore(database, readOnly);
        Artifacts = new FileArtifactStore(folder, durability);
    }

    public string Folder { get; }

    public LocalResourceStore Resources { get; }

    public SqlitePublicationLedger Ledger { get; }

    /// <summary>The per-HCP send outbox and receipts.</summary>
    public SqliteSendLedger Sends { get; }

    public SqliteAuditLog Audit { get; }

    /// <summary>Engagement events, daily aggregates and adverse-event flags.</summary>
    public SqliteEngagementStore Events { get; }

    public FileArtifactStore Artifacts { get; }

    /// <summary>SQLite write statements executed since open, across resources, ledger and audit.</summary>
    public long WriteCount => _database.WriteCount;

    /// <summary>The default state folder for a declarations path (a folder, or a file whose folder is used).</summary>
    public static string DefaultFolderFor(string declarationsPath)
    {
        var full = Path.GetFullPath(declarationsPath);
        var root = Directory.Exists(full) ? full : Path.GetDirectoryName(full)!;
        return Path.Combine(root, LocalStateOptions.DefaultFolderName);
    }

    /// <summary>
    /// Opens (creating and migrating as needed) the state folder. Throws <see cref="StateFolderInUseException"/>
    /// when another process has it open for writing.
    /// </summary>
    public static LocalStateStore Open(string folder, LocalStateOptions? options = null)
    {
        options ??= new LocalStateOptions();
        folder = Path.GetFullPath(folder);
        var path = Path.Combine(folder, DatabaseFileName);
        if (options.ReadOnly)
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"No state in '{folder}': run `contentops run` first, or pass --state DIR.", path);
            }

            var immutable = options.Untouched && !File.Exists(path + "-wal");
            var reader = new StateDatabase(path, options.Durability, readOnly: true, immutable);
            return Finish(folder, null, reader, options, () => StateSchema.Verify(reader, path));
        }

        Directory.CreateDirectory(folder);

        // The lock comes first: nothing may touch state.db before this process knows it is the only writer.
        var folderLock = StateFolderLock.Acquire(folder);
        StateDatabase? database = null;
        try
        {
            database = new StateDatabase(path, options.Durability, readOnly: false);
        }
        catch
        {
            folderLock.Dispose();
            throw;
        }

        return Finish(folder, folderLock, database, options, () => StateSchema.Migrate(database, path));
    }

    /// <summary>Commits every write so far (writes are group-committed; see <see cref="StateDatabase"/>).</summary>
    public void Flush() => _database.Flush();

    public void Dispose()
    {
        _database.Dispose();

        // Released last, so another process never opens the database while this one still has it.
        _lock?.Dispose();
    }

    private static LocalStateStore Finish(string folder, StateFolderLock? folderLock, StateDatabase database, LocalStateOptions options, Action prepareSchema)
    {
        try
        {
            prepareSchema();
            return new LocalStateStore(folder, folderLock, database, options.Durability, options.ReadOnly);
        }
        catch
        {
            database.Dispose();
            folderLock?.Dispose();
            throw;
        }
    }
}
