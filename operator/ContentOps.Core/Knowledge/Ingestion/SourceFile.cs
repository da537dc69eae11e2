namespace ContentOps.Core.Knowledge.Ingestion;

/// <summary>One file of a source as the caller read it: its content, or why it could not be read.</summary>
/// <param name="Path">Relative to the declarations, '/' separated.</param>
/// <param name="Content">The bytes; null when <paramref name="Problem"/> says why.</param>
/// <param name="Problem">Why the file could not be read (missing, too large, permission), or null.</param>
public sealed record SourceFile(string Path, byte[]? Content, string? Problem = null);
