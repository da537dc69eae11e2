using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Declarations.Yaml;

/// <summary>Abandons the current document (never the file) when it breaks a limit; only the reader throws and catches it.</summary>
/// <param name="EndsFile">
/// Stop reading the file, not only the document: skipping the rest of a very deeply nested document takes
/// YamlDotNet's scanner quadratic time, so an attacker could stall validation for minutes.
/// </param>
internal sealed class DocumentLimitException(Diagnostic diagnostic, bool endsFile = false) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;

    public bool EndsFile { get; } = endsFile;
}
