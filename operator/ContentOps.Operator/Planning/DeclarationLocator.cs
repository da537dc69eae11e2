using ContentOps.Core.Api;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Planning;

/// <summary>Turns a resource and a field path into <c>file:line</c>, so every line of a plan is clickable in a review.</summary>
internal sealed class DeclarationLocator
{
    public static readonly DeclarationLocator None = new([], null);

    private readonly Dictionary<ResourceKey, Declaration> _declarations;
    private readonly DiagnosticPaths? _paths;

    public DeclarationLocator(IEnumerable<Declaration> declarations, DiagnosticPaths? paths)
    {
        _declarations = declarations.ToDictionary(d => d.Resource.Key);
        _paths = paths;
    }

    /// <summary><c>file:line</c> of <paramref name="path"/> (or its nearest declared ancestor), or null when the resource has no declaration here.</summary>
    public string? Locate(ResourceKey key, string path = "")
    {
        if (_paths is null || !_declarations.TryGetValue(key, out var declaration))
        {
            return null;
        }

        return $"{_paths.Display(declaration.FilePath)}:{declaration.Locate(path).Line}";
    }
}
