using ContentOps.Core.Api;
using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Declarations.Semantics;

/// <summary>Kind, namespace and name identify a resource; the first declaration wins and every later copy is an error.</summary>
internal static class DuplicateResourceRule
{
    public static (IReadOnlyList<Declaration> Unique, IReadOnlyList<Diagnostic> Diagnostics) Apply(IReadOnlyList<Declaration> declarations)
    {
        var first = new Dictionary<ResourceKey, Declaration>();
        var unique = new List<Declaration>();
        var diagnostics = new List<Diagnostic>();
        foreach (var declaration in declarations)
        {
            if (first.TryGetValue(declaration.Resource.Key, out var original))
            {
                diagnostics.Add(declaration.Error(DiagnosticCodes.DuplicateResource, "metadata.name",
                    $"{declaration.Ref} is already declared at {original.Where()}",
                    "rename one of them, or delete the copy"));
            }
            else
            {
                first.Add(declaration.Resource.Key, declaration);
                unique.Add(declaration);
            }
        }

        return (unique, diagnostics);
    }
}
