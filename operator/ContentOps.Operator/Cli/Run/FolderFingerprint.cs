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

        var entries = Directory.EnumerateFiles(path, "*.y*ml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new FileInfo(f))
            .Select(f => $"{f.FullName}:{f.Length}:{f.LastWriteTimeUtc.Ticks}");
        return string.Join('|', entries);
    }
}
