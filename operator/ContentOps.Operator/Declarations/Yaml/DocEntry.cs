namespace ContentOps.Operator.Declarations.Yaml;

/// <summary>One <c>key: value</c> pair of a mapping.</summary>
internal sealed record DocEntry(DocScalar Key, DocNode Value);
