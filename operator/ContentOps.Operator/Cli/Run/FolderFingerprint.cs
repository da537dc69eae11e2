namespace ContentOps.Operator.Cli.Run;

/// <summary>A cheap change detector for --watch: paths, sizes and modification times of the YAML files.</summary>
internal static class FolderFingerprint
{
    public static string Of(string path)
    {
        if (File.Exists(path))
        {
            var file = new FileInfo(path);
            return $"{file.Length}:{file.LastWriteTimeUtc.Ticks}";
        }

        if (!Directory.Exists(path))
        {
            return "";
        }

        var entries = Files(path)
            .Select(f => new FileInfo(f))
            .Select(f => $"{f.FullName}:{f.Length}:{f.LastWriteTimeUtc.Ticks}");
        return string.Join('|', entries);
    }

    /// <summary>The YAML files of a declarations path (a file, or a folder without its hidden folders), in a stable order.</summary>
    public static IEnumerable<string> Files(string path) =>
        File.Exists(path) ? [Path.GetFullPath(path)]
        : !Directory.Exists(path) ? []
        : Directory.EnumerateFiles(Path.GetFullPath(path), "*.y*ml", SearchOption.AllDirectories)
            .Where(f => !IsHidden(Path.GetRelativePath(Path.GetFullPath(path), f)))
            .Order(StringComparer.Ordinal);

    /// <summary>Hidden below the root (like the .contentops state folder); a root that is itself under a hidden folder still counts.</summary>
    private static bool IsHidden(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));
}
