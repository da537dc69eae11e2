namespace ContentOps.Operator.Declarations;

/// <summary>
/// Limits that keep hostile input (huge files, alias bombs, deep nesting) from exhausting memory or the
/// stack. Each is per file or per document so one bad file cannot hide the findings of the others.
/// </summary>
internal sealed record DeclarationLimits
{
    public static readonly DeclarationLimits Default = new();

    /// <summary>Files above this size are reported, not parsed.</summary>
    public long MaxFileBytes { get; init; } = 1024 * 1024;

    /// <summary>Nodes a document may have with every alias expanded.</summary>
    public long MaxNodesPerDocument { get; init; } = 100_000;

    /// <summary>Aliases a document may use.</summary>
    public int MaxAliasesPerDocument { get; init; } = 1_000;

    /// <summary>How deep collections may nest; the reader recurses, so this guards the stack.</summary>
    public int MaxDepth { get; init; } = 64;
}
