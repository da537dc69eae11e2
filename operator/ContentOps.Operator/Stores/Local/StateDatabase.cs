using Microsoft.Data.Sqlite;

namespace ContentOps.Operator.Stores.Local;

/// <summary>
/// The one SQLite connection of a state folder. SQLite connections are not thread-safe and the controller runs
/// several workers, so every use goes through <see cref="Gate"/>; statements are prepared once and reused, and
/// multi-row writes share one transaction (one WAL commit instead of one per row).
/// </summary>
internal sealed class StateDatabase : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;
    private long _writeCount;

    public StateDatabase(string path, StateDurability durability, bool readOnly, bool immutable = false)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            // immutable=1 (a URI parameter) makes SQLite take no locks and create no -wal/-shm files.
            DataSource = immutable ? new Uri(path).AbsoluteUri + "?immutable=1" : path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            // Without pooling, Dispose really closes the file, so a reopen (or another process) sees a clean state.
            Pooling = false,
            DefaultTimeout = 30,
        };
        _connection = new SqliteConnection(builder.ToString());
        _connection.Open();
        if (!readOnly)
        {
            Pragma("PRAGMA journal_mode=WAL;");
        }

        // NORMAL: a commit is in the WAL (in the OS page cache) when COMMIT returns, so it survives kill -9;
        // only power loss can roll back the newest commits, which the ledger's deterministic keys tolerate.
        // FULL adds an fsync per commit for power-loss durability (see StateDurability).
        Pragma(durability == StateDurability.Full ? "PRAGMA synchronous=FULL;" : "PRAGMA synchronous=NORMAL;");
        Pragma("PRAGMA busy_timeout=5000;");
    }

    /// <summary>Held around every use of the connection and of caches that must agree with it.</summary>
    public Lock Gate { get; } = new();

    /// <summary>Write statements executed since open (not counting BEGIN/COMMIT or schema migration).</summary>
    public long WriteCount => Interlocked.Read(ref _writeCount);

    /// <summary>A prepared command for <paramref name="sql"/>, reused across calls; callers set every parameter.</summary>
    public SqliteCommand Command(string sql, params ReadOnlySpan<string> parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
            }

            _commands[sql] = command;
        }

        command.Transaction = _transaction;
        return command;
    }

    /// <summary>Executes a write statement; returns the rows changed.</summary>
    public int Write(SqliteCommand command)
    {
        Interlocked.Increment(ref _writeCount);
        return command.ExecuteNonQuery();
    }

    /// <summary>Runs <paramref name="writes"/> in one IMMEDIATE transaction: all rows or none.</summary>
    public void InTransaction(Action writes)
    {
        if (_transaction is not null)
        {
            writes();
            return;
        }

        // IMMEDIATE takes the write lock up front, so a busy database fails at BEGIN rather than half-way.
        _transaction = _connection.BeginTransaction(deferred: false);
        try
        {
            writes();
            _transaction.Commit();
        }
        catch (Exception) when (TryRollback())
        {
            throw;
        }
        finally
        {
            _transaction.Dispose();
            _transaction = null;
        }
    }

    // Always false, so the original exception propagates; a rollback that fails too (the connection is broken)
    // must not hide it, and SQLite rolls back an unfinished transaction when the connection closes anyway.
    private bool TryRollback()
    {
        try
        {
            _transaction?.Rollback();
        }
        catch (SqliteException)
        {
        }

        return false;
    }

    /// <summary>Runs DDL or a pragma outside the prepared-command cache.</summary>
    public void Pragma(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        command.ExecuteNonQuery();
    }

    public object? Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        _connection.Dispose();
    }
}
