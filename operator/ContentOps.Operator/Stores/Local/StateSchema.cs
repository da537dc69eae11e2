namespace ContentOps.Operator.Stores.Local;

/// <summary>
/// The schema of state.db, as an append-only list of migrations: version N is reached by running the first N.
/// Never edit a shipped migration; add one. A database newer than this binary is refused rather than guessed at.
/// </summary>
internal static class StateSchema
{
    private static readonly string[] _migrations =
    [
        """
        CREATE TABLE resources (
            kind            TEXT    NOT NULL,
            namespace       TEXT    NOT NULL,
            name            TEXT    NOT NULL,
            uid             TEXT    NOT NULL UNIQUE,
            generation      INTEGER NOT NULL,
            resource_version INTEGER NOT NULL,
            spec_hash       TEXT    NOT NULL,
            declared_hash   TEXT    NOT NULL,
            creation_ts     TEXT    NOT NULL,
            deletion_ts     TEXT,
            finalizers      TEXT    NOT NULL,
            status          TEXT,
            status_hash     TEXT,
            source_revision TEXT,
            last_declared   TEXT    NOT NULL,
            PRIMARY KEY (kind, namespace, name)
        ) WITHOUT ROWID;
        CREATE TABLE ledger (
            idempotency_key TEXT PRIMARY KEY,
            piece_uid       TEXT NOT NULL,
            piece_ref       TEXT NOT NULL,
            channel         TEXT NOT NULL,
            content_digest  TEXT NOT NULL,
            state           TEXT NOT NULL,
            external_id     TEXT,
            created_at      TEXT NOT NULL,
            published_at    TEXT,
            withdrawn_at    TEXT
        );
        CREATE INDEX ledger_by_piece ON ledger (piece_uid);
        CREATE TABLE audit (
            id              INTEGER PRIMARY KEY AUTOINCREMENT,
            time            TEXT NOT NULL,
            resource        TEXT NOT NULL,
            action          TEXT NOT NULL,
            actor           TEXT NOT NULL,
            message         TEXT NOT NULL,
            generation      INTEGER,
            source_revision TEXT,
            spec_digest     TEXT,
            content_digest  TEXT
        );
        CREATE INDEX audit_by_resource ON audit (resource, id);
        """,
    ];

    public static int CurrentVersion => _migrations.Length;

    /// <summary>Brings the database to <see cref="CurrentVersion"/> in one transaction.</summary>
    public static void Migrate(StateDatabase database, string path)
    {
        database.InTransaction(() =>
        {
            database.Pragma("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);");
            var version = Convert.ToInt32(database.Scalar("SELECT coalesce(max(version), 0) FROM schema_version;") ?? 0L);
            if (version > CurrentVersion)
            {
                throw new InvalidOperationException(
                    $"{path} has schema version {version}, but this contentops knows only up to {CurrentVersion}. Upgrade contentops or use another --state folder.");
            }

            for (var next = version; next < CurrentVersion; next++)
            {
                database.Pragma(_migrations[next]);
            }

            if (version != CurrentVersion)
            {
                database.Pragma("DELETE FROM schema_version;");
                database.Pragma($"INSERT INTO schema_version (version) VALUES ({CurrentVersion});");
            }
        });
    }

    /// <summary>Refuses a database whose schema differs from this binary's (read-only opens cannot migrate).</summary>
    public static void Verify(StateDatabase database, string path)
    {
        var exists = database.Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'schema_version';") is long n && n > 0;
        var version = exists ? Convert.ToInt32(database.Scalar("SELECT coalesce(max(version), 0) FROM schema_version;") ?? 0L) : 0;
        if (version != CurrentVersion)
        {
            throw new InvalidOperationException(
                $"{path} has schema version {version}, expected {CurrentVersion}. Run `contentops run` once to migrate it.");
        }
    }
}
