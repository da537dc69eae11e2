using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Declarations.Semantics;

/// <summary>Findings located at a field of a declaration, through its source map.</summary>
internal static class DeclarationDiagnostics
{
    public static Diagnostic Error(this Declaration declaration, string code, string path, string message, string? hint = null) =>
        Diagnostic.Error(code, declaration.FilePath, declaration.Locate(path), message, hint, declaration.Ref);

    public static Diagnostic Warning(this Declaration declaration, string code, string path, string message, string? hint = null) =>
        Diagnostic.Warning(code, declaration.FilePath, declaration.Locate(path), message, hint, declaration.Ref);

    /// <summary><c>file:line</c> of the declaration, for messages that point at another resource.</summary>
    public static string Where(this Declaration declaration) => $"{declaration.FilePath}:{declaration.Locate("").Line}";

    public static string Namespace(this Declaration declaration) => declaration.Resource.Metadata.EffectiveNamespace;
}
