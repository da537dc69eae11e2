using ContentOps.Core.Knowledge.Ingestion;

namespace ContentOps.Operator.Knowledge;

/// <summary>Reads the files a KnowledgeSource lists (files, or folders expanded to their readable files) under the declarations root.</summary>
internal static class KnowledgeFileReader
{
    /// <summary>Larger files are not read (a label or a paper is far smaller).</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <summary>Per entry of spec.files: the files it stands for, or why it stands for none.</summary>
    public static IReadOnlyList<(int Entry, SourceFile File)> Read(string root, IReadOnlyList<string> entries, out IReadOnlyList<(int Entry, string Problem)> missing)
    {
        var files = new List<(int, SourceFile)>();
        var problems = new List<(int, string)>();
        var rootFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        for (var i = 0; i < entries.Count; i++)
        {
            var full = Path.GetFullPath(Path.Combine(rootFull, entries[i]));
            if (!full.StartsWith(rootFull + Path.DirectorySeparatorChar, StringComparison.Ordinal) && full != rootFull)
            {
                problems.Add((i, $"'{entries[i]}' lies outside the declarations folder"));
            }
            else if (Directory.Exists(full))
            {
                var found = Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                    .Where(f => KnowledgeIngestor.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()) && !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0)
                {
                    problems.Add((i, $"folder '{entries[i]}' holds no {string.Join(", ", KnowledgeIngestor.Extensions)} files"));
                }

                files.AddRange(found.Select(f => (i, ReadOne(rootFull, f))));
            }
            else if (File.Exists(full))
            {
                files.Add((i, ReadOne(rootFull, full)));
            }
            else
            {
                problems.Add((i, $"'{entries[i]}' does not exist under {rootFull}"));
            }
        }

        missing = problems;
        return files;
    }

    private static SourceFile ReadOne(string root, string full)
    {
        var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
        try
        {
            var length = new FileInfo(full).Length;
            return length > MaxFileBytes
                ? new SourceFile(relative, null, $"the file is {length:N0} bytes, over the {MaxFileBytes / (1024 * 1024)} MiB limit")
                : new SourceFile(relative, File.ReadAllBytes(full));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SourceFile(relative, null, $"the file could not be read ({e.Message})");
        }
    }
}
