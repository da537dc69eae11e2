using Microsoft.Data.Sqlite;

namespace ContentOps.Operator.Stores.Local;

/// <summary>
/// The one SQLite connection of a state folder. SQLite connections are not thread-safe and the controller runs
/// several workers, so every use goes through <see cref="Gate"/>; statements are prepared once and reused.
/// </summary>
/// <remarks>
/// Writes are group-committed: they go into an open transaction that is committed when someone needs durability
/// (<see cref="Flush"/>: the publication ledger before every send), every <see cref="FlushInterval"/>, and on
/// dispose. A commit per write made a first run of 10,000 pieces spend seconds of system time writing WAL pages.
/// Commits keep the order of writes, so whatever a flush makes durable, everything written before it is durable
/// too: a kill -9 loses at most the writes of the last interval after the last flush (status, audit, receipts),
/// which the next run redoes, and never an intent whose send may have started. Reads on this connection see every
/// write at once; other processes see them at the next commit.
/// </remarks>
internal sealed class StateDatabase : IDisposable
{
    /// <summary>How long a write may wait for its commit when nobody asks for durability.</summary>
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(100);

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly Timer? _flushTimer;
    private SqliteTransaction? _transaction;
    private int _unitDepth;
    private Exception? _flushFailure;
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
        if (!readOnly)
        {
            // A checkpoint fsyncs the WAL and the database while the writer holds the gate; at the default of 1,000
            // pages a first run of 10,000 pieces checkpointed (and stalled every worker) hundreds of times.
            Pragma("PRAGMA wal_autocheckpoint=16384;");
            _flushTimer = new Timer(_ => FlushFromTimer(), null, FlushInterval, FlushInterval);
        }
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

    /// <summary>A one-off command (not cached: its text varies, e.g. with a list of parameters) in the open transaction; the caller disposes it.</summary>
    public SqliteCommand Adhoc(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        return command;
    }

    /// <summary>Executes a write statement in the open group transaction; returns the rows changed.</summary>
    public int Write(SqliteCommand command)
    {
        lock (Gate)
        {
            EnsureTransaction();
            command.Transaction = _transaction;
            Interlocked.Increment(ref _writeCount);
            return command.ExecuteNonQuery();
        }
    }

    /// <summary>Runs <paramref name="writes"/> as one unit (a savepoint in the group transaction): all rows or none.</summary>
    public void InTransaction(Action writes)
    {
        const string Unit = "unit";
        lock (Gate)
        {
            EnsureTransaction();

            // A unit inside a unit is part of the outer one; only the outermost sets and releases the savepoint.
            var outermost = _unitDepth++ == 0;
            if (outermost)
            {
                _transaction!.Save(Unit);
            }

            try
            {
                writes();
                if (outermost)
                {
                    _transaction!.Release(Unit);
                }
            }
            catch (Exception) when (outermost && TryRollback(Unit))
            {
                throw;
            }
            finally
            {
                _unitDepth--;
            }
        }
    }

    /// <summary>Commits every write so far (they survive a crash from now on). Cheap when nothing is pending.</summary>
    public void Flush()
    {
        lock (Gate)
        {
            ThrowIfFlushFailed();
            if (_transaction is null || _unitDepth > 0)
            {
                return;
            }

            var transaction = _transaction;
            _transaction = null;
            try
            {
                transaction.Commit();
            }
            finally
            {
                transaction.Dispose();
            }
        }
    }

    private void FlushFromTimer()
    {
        // Never wait for the gate on a thread-pool thread: a holder that waits for pool work (a parallel load) would
        // starve, one blocked timer callback per tick. When the gate is busy this tick is skipped; the next one commits.
        if (!Gate.TryEnter())
        {
            return;
        }

        try
        {
            Flush();
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException or ObjectDisposedException)
        {
            // Reported to the next writer instead of being lost on a timer thread.
            _flushFailure ??= e;
        }
        finally
        {
            Gate.Exit();
        }
    }

    private void EnsureTransaction()
    {
        ThrowIfFlushFailed();

        // IMMEDIATE takes the write lock up front, so a busy database fails here rather than half-way.
        _transaction ??= _connection.BeginTransaction(deferred: false);
    }

    private void ThrowIfFlushFailed()
    {
        if (_flushFailure is { } failure)
        {
            throw new InvalidOperationException($"Committing state.db failed: {failure.Message}", failure);
        }
    }

    // Always false, so the original exception propagates; a rollback that fails too (the connection is broken)
    // must not hide it, and SQLite rolls back an unfinished transaction when the connection closes anyway.
    private bool TryRollback(string savepoint)
    {
        try
        {
            _transaction?.Rollback(savepoint);
            _transaction?.Release(savepoint);
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
        _flushTimer?.Dispose();
        lock (Gate)
        {
            if (_transaction is not null && _flushFailure is null)
            {
                Flush();
            }

            _transaction?.Dispose();
            _transaction = null;
        }

        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        _connection.Dispose();
    }
}
