using ContentOps.Operator.Stores;
using ContentOps.Operator.Stores.Local;
using Microsoft.Data.Sqlite;
using static ContentOps.Operator.Tests.Stores.Local.TestResources;

namespace ContentOps.Operator.Tests.Stores.Local;

public sealed class LocalStateStoreTests : IDisposable
{
    private readonly TempStateFolder _folder = new();
    private readonly TempStateFolder _crashImage = new();

    public void Dispose()
    {
        _folder.Dispose();
        _crashImage.Dispose();
    }

    [Fact]
    public void Open_Fails_WhenAnotherWriterHoldsTheFolder()
    {
        using var first = LocalStateStore.Open(_folder.Path);

        var error = Assert.Throws<StateFolderInUseException>(() => LocalStateStore.Open(_folder.Path));

        Assert.Contains(_folder.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("in use by another contentops process", error.Message, StringComparison.Ordinal);
        Assert.Contains("--state", error.Message, StringComparison.Ordinal);
        Assert.Contains($"(pid {Environment.ProcessId})", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_Succeeds_AfterTheOtherWriterClosed()
    {
        LocalStateStore.Open(_folder.Path).Dispose();

        using var second = LocalStateStore.Open(_folder.Path);

        Assert.Equal(Path.GetFullPath(_folder.Path), second.Folder);
    }

    [Fact]
    public async Task OpenReadOnly_SeesCommittedState_WhileWriterHoldsTheFolder()
    {
        using var writer = LocalStateStore.Open(_folder.Path);
        await writer.Resources.SyncAsync([Piece("a")], null, T0);
        await writer.Resources.UpdateStatusAsync(Key("a"), Status("Published"), default);
        writer.Flush();

        using var reader = LocalStateStore.Open(_folder.Path, new LocalStateOptions { ReadOnly = true });

        Assert.Equal("Published", ((Core.Api.ContentPieces.ContentPiece)reader.Resources.Get(Key("a"))!).Status!.Phase);
        await Assert.ThrowsAsync<SqliteException>(() => reader.Audit.AppendAsync(
            new AuditRecord { Time = T0, Resource = "x", Action = "Tested" }, default));
    }

    [Fact]
    public async Task Writes_ReachOtherProcesses_WithinTheFlushInterval_WithoutAnExplicitFlush()
    {
        using var writer = LocalStateStore.Open(_folder.Path);
        await writer.Resources.SyncAsync([Piece("a")], null, T0);
        await writer.Resources.UpdateStatusAsync(Key("a"), Status("Published"), default);

        // Group commit: the write is committed by the flush timer, not by the writer; a reader polls for it.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        string? phase = null;
        while (clock.Elapsed < TimeSpan.FromSeconds(5) && phase != "Published")
        {
            using var reader = LocalStateStore.Open(_folder.Path, new LocalStateOptions { ReadOnly = true });
            phase = ((Core.Api.ContentPieces.ContentPiece)reader.Resources.Get(Key("a"))!).Status?.Phase;
            await Task.Delay(20);
        }

        Assert.Equal("Published", phase);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"visible after {clock.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public void Open_CreatesWalDatabaseWithSchemaVersion()
    {
        LocalStateStore.Open(_folder.Path).Dispose();

        using var connection = Raw(_folder.Path);
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode;"));
        Assert.Equal(1L, Scalar(connection, "SELECT version FROM schema_version;"));
    }

    [Fact]
    public void Open_Refuses_DatabaseFromNewerVersion()
    {
        LocalStateStore.Open(_folder.Path).Dispose();
        using (var connection = Raw(_folder.Path))
        {
            Scalar(connection, "UPDATE schema_version SET version = 99;");
        }

        var error = Assert.Throws<InvalidOperationException>(() => LocalStateStore.Open(_folder.Path));

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);

        // A failed open releases the folder: the retry reports the schema again, not "in use".
        Assert.Throws<InvalidOperationException>(() => LocalStateStore.Open(_folder.Path));
    }

    [Fact]
    public async Task CrashImage_KeepsEveryCommit_AndNothingUncommitted()
    {
        using var state = LocalStateStore.Open(_folder.Path);
        await state.Resources.SyncAsync([Piece("a")], "rev1", T0);
        await state.Resources.UpdateStatusAsync(Key("a"), Status("Scheduled"), default);
        await state.Ledger.RecordIntentAsync(Intent("committed"), default);
        await state.Resources.UpdateStatusAsync(Key("a"), Status("Publishing"), default);
        await state.Ledger.RecordIntentsAsync([Intent("batch-1"), Intent("batch-2")], default);

        // Writes are group-committed, but recording intents commits them and everything written before them:
        // what a send may follow is on disk. A transaction still open when the process dies is not.
        using var torn = Raw(_folder.Path);
        using var transaction = torn.BeginTransaction();
        using (var insert = torn.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO ledger VALUES ('torn', 'u', 'r', 'c', 'd', 'Pending', NULL, '2026-01-01', NULL, NULL);";
            insert.ExecuteNonQuery();
        }

        // What kill -9 leaves on disk: the files as they are now, with this process's memory gone.
        Directory.CreateDirectory(_crashImage.Path);
        foreach (var file in new[] { "state.db", "state.db-wal" })
        {
            File.Copy(Path.Combine(_folder.Path, file), Path.Combine(_crashImage.Path, file));
        }

        using var recovered = LocalStateStore.Open(_crashImage.Path);
        Assert.Equal(LedgerStates.Pending, (await recovered.Ledger.FindAsync("committed", default))!.State);
        Assert.Equal(LedgerStates.Pending, (await recovered.Ledger.FindAsync("batch-2", default))!.State);
        Assert.Null(await recovered.Ledger.FindAsync("torn", default));
        Assert.Equal("Publishing", ((Core.Api.ContentPieces.ContentPiece)recovered.Resources.Get(Key("a"))!).Status!.Phase);
        using var check = Raw(_crashImage.Path);
        Assert.Equal("ok", Scalar(check, "PRAGMA integrity_check;"));
    }

    private static LedgerEntry Intent(string key) => new()
    {
        IdempotencyKey = key,
        PieceUid = "uid-1",
        PieceRef = "ContentPiece/diabetes/a",
        Channel = "wechat-hcp",
        ContentDigest = "sha256:" + new string('b', 64),
        CreatedAt = T0,
    };

    private static SqliteConnection Raw(string folder)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "state.db")};Pooling=False");
        connection.Open();
        return connection;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
