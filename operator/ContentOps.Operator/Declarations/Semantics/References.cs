using ContentOps.Core.Api;
using ContentOps.Operator.Declarations.Diagnostics;
using ContentOps.Operator.Declarations.Validation;

namespace ContentOps.Operator.Declarations.Semantics;

/// <summary>The wording of an unresolved reference, with a "did you mean" among what does exist.</summary>
internal static class References
{
    public static Diagnostic Missing<T>(Declaration from, string path, string kind, string name, IEnumerable<(Declaration Declaration, T Resource)> candidates)
        where T : Resource
    {
        var ns = from.Namespace();
        var names = candidates.Where(c => c.Declaration.Namespace() == ns).Select(c => c.Resource.Metadata.Name).ToList();
        return from.Error(DiagnosticCodes.UnresolvedReference, path,
            $"{kind} '{name}' does not exist in namespace '{ns}'{Suggestions.DidYouMean(name, names)}",
            names.Count == 0 ? $"declare a {kind} named '{name}' in namespace '{ns}'" : $"{kind}s in '{ns}': {string.Join(", ", names)}");
    }

    public static Diagnostic MissingClaim(Declaration from, string path, string id, IEnumerable<string> known)
    {
        var ids = known.ToList();
        return from.Error(DiagnosticCodes.UnresolvedReference, path,
            $"claim '{id}' is not in the campaign's claim libraries{Suggestions.DidYouMean(id, ids)}",
            "add the claim to a ClaimLibrary the campaign lists, or list its library in the campaign's claimLibraries");
    }

    public static Diagnostic MissingId(Declaration from, string path, string what, string id, IEnumerable<string> known)
    {
        var ids = known.ToList();
        return from.Error(DiagnosticCodes.UnresolvedReference, path,
            $"{what} '{id}' does not exist{Suggestions.DidYouMean(id, ids)}",
            ids.Count == 0 ? $"declare the {what} first" : $"known: {string.Join(", ", ids)}");
    }
}
