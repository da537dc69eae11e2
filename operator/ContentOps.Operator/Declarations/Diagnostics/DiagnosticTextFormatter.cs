namespace ContentOps.Operator.Declarations.Diagnostics;

/// <summary>
/// Compiler-style lines editors and CI understand: <c>path:line:column: error CO0123: message [Kind/ns/name]</c>,
/// an indented hint, then one summary line.
/// </summary>
internal static class DiagnosticTextFormatter
{
    public static void Write(DeclarationSet set, DiagnosticPaths paths, TextWriter output)
    {
        foreach (var diagnostic in set.Diagnostics)
        {
            var where = diagnostic.Line > 0 ? $"{paths.Display(diagnostic)}:{diagnostic.Line}:{diagnostic.Column}" : paths.Display(diagnostic);
            var severity = diagnostic.IsError ? "error" : "warning";
            var resource = diagnostic.ResourceRef is null ? "" : $" [{diagnostic.ResourceRef}]";
            output.WriteLine($"{where}: {severity} {diagnostic.Code}: {diagnostic.Message}{resource}");
            if (diagnostic.Hint is not null)
            {
                output.WriteLine($"  hint: {diagnostic.Hint}");
            }
        }

        output.WriteLine(Summary(set));
    }

    public static string Summary(DeclarationSet set)
    {
        var revision = set.SourceRevision is null ? "" : $" at {set.SourceRevision[..Math.Min(12, set.SourceRevision.Length)]}{(set.SourceDirty ? " (work tree has uncommitted changes)" : "")}";
        return $"{Count(set.ErrorCount, "error")}, {Count(set.WarningCount, "warning")} in {Count(set.Files.Count, "file")} ({Count(set.Resources.Count, "resource")}){revision}";
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
