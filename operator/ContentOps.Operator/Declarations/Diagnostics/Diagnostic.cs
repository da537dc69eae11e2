namespace ContentOps.Operator.Declarations.Diagnostics;

/// <summary>
/// One finding about the declarations, located like a compiler message. <see cref="File"/> is relative to
/// the declaration root with '/' separators; it is empty (and line and column are 0) when the finding is
/// about the path itself, such as a folder without YAML files.
/// </summary>
/// <param name="Code">A stable <c>CO0xxx</c> code from <see cref="DiagnosticCodes"/>.</param>
/// <param name="ResourceRef"><c>Kind/namespace/name</c> of the resource the finding is about, when known.</param>
internal sealed record Diagnostic(
    string Code,
    DiagnosticSeverity Severity,
    string File,
    int Line,
    int Column,
    string Message,
    string? Hint = null,
    string? ResourceRef = null)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public static Diagnostic Error(string code, string file, SourceLocation at, string message, string? hint = null, string? resourceRef = null) =>
        new(code, DiagnosticSeverity.Error, file, at.Line, at.Column, message, hint, resourceRef);

    public static Diagnostic Warning(string code, string file, SourceLocation at, string message, string? hint = null, string? resourceRef = null) =>
        new(code, DiagnosticSeverity.Warning, file, at.Line, at.Column, message, hint, resourceRef);

    /// <summary>A finding about the whole path rather than a place in a file.</summary>
    public static Diagnostic ForPath(string code, string message, string? hint = null) =>
        new(code, DiagnosticSeverity.Error, "", 0, 0, message, hint);
}
