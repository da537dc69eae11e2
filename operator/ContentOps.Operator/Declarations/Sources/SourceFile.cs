using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Declarations.Sources;

/// <summary>A YAML file's bytes, or the reason they were not read (too large, unreadable).</summary>
/// <param name="RelativePath">Relative to the snapshot root, '/' separated.</param>
internal sealed record SourceFile(string RelativePath, byte[]? Content, Diagnostic? Problem = null);
