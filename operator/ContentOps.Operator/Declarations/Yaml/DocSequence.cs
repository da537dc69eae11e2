namespace ContentOps.Operator.Declarations.Yaml;

/// <summary>A YAML sequence (list).</summary>
internal sealed record DocSequence(SourceLocation Start, IReadOnlyList<DocNode> Items) : DocNode(Start)
{
    public override string Describe() => "a list";
}
