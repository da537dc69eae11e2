namespace ContentOps.Operator.Declarations.Yaml;

/// <summary>A document of a YAML stream; <see cref="Root"/> is null when it was abandoned (limit exceeded).</summary>
/// <param name="Index">0-based position in the file, counting empty documents too.</param>
/// <param name="HasErrors">The reader reported a problem (a duplicate or complex key) that makes the document ambiguous.</param>
internal sealed record YamlDocument(int Index, SourceLocation Start, DocNode? Root, bool HasErrors = false);
