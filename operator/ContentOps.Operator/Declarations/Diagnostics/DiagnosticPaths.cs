namespace ContentOps.Operator.Declarations.Diagnostics;

/// <summary>Prints a diagnostic's file relative to the current directory when it lies below it, else absolute.</summary>
internal sealed class DiagnosticPaths(string root, string currentDirectory)
{
    public string Display(Diagnostic diagnostic) => Display(diagnostic.File);

    public string Display(string file)
    {
        var full = file.Length == 0 ? root : Path.GetFullPath(Path.Combine(root, file));
        var relative = Path.GetRelativePath(currentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }
}
