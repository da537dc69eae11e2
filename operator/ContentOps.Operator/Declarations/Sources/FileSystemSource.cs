using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Declarations.Sources;

/// <summary>Reads YAML files from disk: one file, or a folder recursively, skipping hidden folders and symlinked folders.</summary>
internal sealed class FileSystemSource(DeclarationLimits limits)
{
    /// <summary>Reads <paramref name="absolutePath"/>, which must exist.</summary>
    public SourceSnapshot Read(string absolutePath, string? revision, bool dirty)
    {
        if (File.Exists(absolutePath))
        {
            var root = Path.GetDirectoryName(absolutePath)!;
            return new SourceSnapshot(root, revision, dirty, [ReadFile(absolutePath, Path.GetFileName(absolutePath))], []);
        }

        var files = new List<SourceFile>();
        var diagnostics = new List<Diagnostic>();
        Walk(absolutePath, "", files, diagnostics);
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new SourceSnapshot(absolutePath, revision, dirty, files, diagnostics);
    }

    private void Walk(string folder, string relative, List<SourceFile> files, List<Diagnostic> diagnostics)
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                var name = Path.GetFileName(file);
                if (YamlFileFilter.IsYaml(name))
                {
                    files.Add(ReadFile(file, Join(relative, name)));
                }
            }

            foreach (var sub in Directory.EnumerateDirectories(folder))
            {
                var name = Path.GetFileName(sub);
                // Symlinked folders are skipped: they can loop, and Git stores them as links, not content.
                if (!YamlFileFilter.IsSkippedFolder(name) && new DirectoryInfo(sub).LinkTarget is null)
                {
                    Walk(sub, Join(relative, name), files, diagnostics);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.Unreadable, relative, default, $"folder could not be read: {e.Message}"));
        }
    }

    private SourceFile ReadFile(string path, string relative)
    {
        try
        {
            var size = new FileInfo(path).Length;
            if (size > limits.MaxFileBytes)
            {
                return new SourceFile(relative, null, Diagnostic.Error(
                    DiagnosticCodes.FileTooLarge, relative, SourceLocation.FileStart, YamlFileFilter.TooLargeMessage(size, limits.MaxFileBytes),
                    "split the file into smaller files (one resource per file is easiest to review)"));
            }

            return new SourceFile(relative, File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SourceFile(relative, null, Diagnostic.Error(
                DiagnosticCodes.Unreadable, relative, SourceLocation.FileStart, $"file could not be read: {e.Message}"));
        }
    }

    private static string Join(string relative, string name) => relative.Length == 0 ? name : $"{relative}/{name}";
}
