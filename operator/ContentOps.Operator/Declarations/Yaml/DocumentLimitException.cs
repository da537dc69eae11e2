using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Declarations.Yaml;

/// <summary>Abandons the current document (never the file) when it breaks a limit; only the reader throws and catches it.</summary>
internal sealed class DocumentLimitException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
