namespace ContentOps.Benchmarks.EmbeddedRun;

/// <summary>Where the repository checkout, its examples and the Release build of the CLI are.</summary>
internal static class BenchmarkPaths
{
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ContentOps.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from a build inside the ContentOps checkout (ContentOps.sln not found above the binary).");
    }

    public static string Examples() => Path.Combine(RepositoryRoot(), "examples");

    /// <summary>The Release build of the CLI; built by <c>dotnet build -c Release</c> of this project.</summary>
    public static string ContentOpsDll()
    {
        var dll = Path.Combine(RepositoryRoot(), "operator", "ContentOps.Operator", "bin", "Release", "net10.0", "contentops.dll");
        return File.Exists(dll)
            ? dll
            : throw new InvalidOperationException($"{dll} is missing: run `dotnet build -c Release tests/ContentOps.Benchmarks` first.");
    }

    /// <summary>
    /// Writes dirty pages back (<c>sync</c>) before a measured run, so the writeback of the previous step's files (the
    /// copied repository, the first run's state) is not charged to it.
    /// </summary>
    public static void SettleDisk()
    {
        using var sync = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sync") { UseShellExecute = false });
        sync?.WaitForExit();
    }

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
