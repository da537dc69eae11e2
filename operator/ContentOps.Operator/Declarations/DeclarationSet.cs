using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Declarations;

/// <summary>Everything read from one path: the valid resources and every finding, in a deterministic order.</summary>
/// <param name="Root">Absolute folder the file paths are relative to (the folder itself, or a file's folder).</param>
/// <param name="SourceRevision">The commit read (or HEAD's commit when the work tree was read); null outside Git.</param>
/// <param name="SourceDirty">True when the work tree was read and differs from HEAD under the root.</param>
/// <param name="Files">YAML files read, relative to <paramref name="Root"/>.</param>
/// <param name="Resources">Schema-valid resources by file, then document order; a duplicate's second copy is left out.</param>
/// <param name="Diagnostics">Findings sorted by file, line and column.</param>
internal sealed record DeclarationSet(
    string Root,
    string? SourceRevision,
    bool SourceDirty,
    IReadOnlyList<string> Files,
    IReadOnlyList<Declaration> Resources,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The KnowledgeSources, ingested (empty when none is declared).</summary>
    public Knowledge.KnowledgeBase Knowledge { get; init; } = new([]);

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
