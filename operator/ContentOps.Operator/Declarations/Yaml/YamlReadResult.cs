using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Declarations.Yaml;

/// <summary>The documents of one file that parsed, and what went wrong with the rest.</summary>
internal sealed record YamlReadResult(IReadOnlyList<YamlDocument> Documents, IReadOnlyList<Diagnostic> Diagnostics);
