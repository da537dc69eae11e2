using System.Diagnostics;
using ContentOps.Operator.Tests.Observability;
using Npgsql;

namespace ContentOps.Operator.Tests.TestSupport;

/// <summary>
/// A real PostgreSQL server for the test run (Debian's <c>postgresql</c> package): initdb into a temporary folder,
/// pg_ctl start on a free loopback port, stopped and deleted at the end. PostgreSQL refuses to run as root, so as
/// root the folder is handed to the <c>postgres</c> user and the binaries run through <c>runuser</c>. Share it with
/// <c>[Collection(PostgresCollection.Name)]</c> and take a fresh database per test class from <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string _folder = "";
    private string _bin = "";

    public int Port { get; private set; }

    /// <summary>Connection string of the server's maintenance database.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=contentops;Database=postgres;Pooling=true";

    public async Task InitializeAsync()
    {
        _bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(Directory.Exists)
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).FirstOrDefault() ?? ""
            : "";
        if (_bin.Length == 0)
        {
            throw new InvalidOperationException("PostgreSQL is not installed: apt-get install -y postgresql (see scripts/test.sh).");
        }

        _folder = Directory.CreateTempSubdirectory("contentops-pg-").FullName;
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "-R", "postgres:postgres", _folder);
        }

        Port = FreePort.Next();
        await RunPostgresAsync("initdb", "-D", Path.Combine(_folder, "data"), "-A", "trust", "-U", "contentops", "-E", "UTF8", "--no-sync");
        await RunPostgresAsync("pg_ctl", "-D", Path.Combine(_folder, "data"),
            "-o", $"-k {_folder} -p {Port} -c listen_addresses=127.0.0.1 -c fsync=off", "-l", Path.Combine(_folder, "log"), "-w", "start");
    }

    /// <summary>A new, empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)].ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\";", connection);
            await command.ExecuteNonQueryAsync();
        }

        return $"Host=127.0.0.1;Port={Port};Username=contentops;Database={name}";
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_folder.Length == 0)
        {
            return;
        }

        try
        {
            await RunPostgresAsync("pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Task RunPostgresAsync(string tool, params string[] arguments) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments])
            : RunAsync(Path.Combine(_bin, tool), arguments);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{await output}\n{await error}");
        }
    }
}
