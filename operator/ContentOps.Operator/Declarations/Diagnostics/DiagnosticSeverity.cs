namespace ContentOps.Operator.Declarations.Diagnostics;

/// <summary>How bad a diagnostic is: errors fail <c>contentops validate</c> (exit 1), warnings do not.</summary>
internal enum DiagnosticSeverity
{
    Error,
    Warning,
}
