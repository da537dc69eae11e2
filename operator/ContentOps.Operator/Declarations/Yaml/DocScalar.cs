using YamlDotNet.Core;

namespace ContentOps.Operator.Declarations.Yaml;

/// <summary>A scalar as written. Its type comes from the schema, not from YAML's guessing (<c>no</c> stays "no" in a string field).</summary>
/// <param name="IsPlain">Unquoted and untagged: the only scalars that may be read as booleans, numbers or null.</param>
internal sealed record DocScalar(SourceLocation Start, string Value, ScalarStyle Style, bool IsPlain) : DocNode(Start)
{
    /// <summary>An empty value (<c>key:</c>), <c>~</c> or <c>null</c>: the field is treated as absent.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "an empty value" : IsPlain ? $"'{Value}'" : $"the quoted string \"{Value}\"";
}
