using ContentOps.Operator.Declarations.Diagnostics;
using ContentOps.Operator.Declarations.Yaml;

namespace ContentOps.Operator.Declarations.Validation;

/// <summary>What validating one document collects: its findings and the source map of every value it visited.</summary>
internal sealed class ValidationContext(string file)
{
    public Dictionary<string, SourceLocation> Locations { get; } = new(StringComparer.Ordinal);

    public List<Diagnostic> Diagnostics { get; } = [];

    public string? ResourceRef { get; set; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Collections are located at their key (where a missing field belongs), scalars at their value.</summary>
    public void Record(string path, DocScalar? key, DocNode value) =>
        Locations.TryAdd(path, key is not null && value is not DocScalar { IsNull: false } ? key.Start : value.Start);

    public void Error(string code, SourceLocation at, string message, string? hint = null) =>
        Diagnostics.Add(Diagnostic.Error(code, file, at, message, hint, ResourceRef));

    public void Warning(string code, SourceLocation at, string message, string? hint = null) =>
        Diagnostics.Add(Diagnostic.Warning(code, file, at, message, hint, ResourceRef));
}
