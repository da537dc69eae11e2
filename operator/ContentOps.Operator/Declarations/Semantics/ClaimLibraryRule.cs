using ContentOps.Core.Api.Claims;
using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Declarations.Semantics;

/// <summary>Every claim cites references its library declares: a claim without its evidence may not be stated.</summary>
internal sealed class ClaimLibraryRule : IDeclarationRule
{
    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var (declaration, library) in context.Index.OfKind<ClaimLibrary>())
        {
            var referenceIds = library.Spec.References.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            for (var c = 0; c < library.Spec.Claims.Count; c++)
            {
                var cited = library.Spec.Claims[c].References ?? [];
                for (var r = 0; r < cited.Count; r++)
                {
                    if (!referenceIds.Contains(cited[r]))
                    {
                        yield return References.MissingId(declaration, $"spec.claims[{c}].references[{r}]", "reference", cited[r], referenceIds);
                    }
                }
            }
        }
    }
}
