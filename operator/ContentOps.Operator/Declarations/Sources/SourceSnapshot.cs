using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Declarations.Sources;

/// <summary>The YAML files under a path, from the work tree or from a commit, sorted by path.</summary>
internal sealed record SourceSnapshot(
    string Root,
    string? Revision,
    bool Dirty,
    IReadOnlyList<SourceFile> Files,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public static SourceSnapshot Failed(string root, Diagnostic diagnostic) => new(root, null, false, [], [diagnostic]);
}
