namespace ContentOps.Operator.Declarations.Yaml;

/// <summary>
/// A YAML node with its start position. Aliases are resolved to the anchored node itself (shared, never
/// copied), so a document is a DAG whose expanded size the reader has already bounded.
/// </summary>
internal abstract record DocNode(SourceLocation Start)
{
    /// <summary>The YAML kind of node, as messages name it.</summary>
    public abstract string Describe();
}
