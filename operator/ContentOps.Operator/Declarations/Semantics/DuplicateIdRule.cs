using System.Globalization;
using ContentOps.Core.Api.Audiences;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.Claims;
using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Declarations.Semantics;

/// <summary>Ids inside a resource are keys other resources use: claim and reference ids, key messages, segment names.</summary>
internal sealed class DuplicateIdRule : IDeclarationRule
{
    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var lists = context.Index.OfKind<ClaimLibrary>()
            .SelectMany(x => new[]
            {
                (x.Declaration, "spec.claims[{0}].id", "claim id", x.Resource.Spec.Claims.Select(c => c.Id).ToList()),
                (x.Declaration, "spec.references[{0}].id", "reference id", x.Resource.Spec.References.Select(r => r.Id).ToList()),
            })
            .Concat(context.Index.OfKind<Campaign>().Select(x =>
                (x.Declaration, "spec.keyMessages[{0}].id", "key message id", (x.Resource.Spec.KeyMessages ?? []).Select(k => k.Id).ToList())))
            .Concat(context.Index.OfKind<Audience>().Select(x =>
                (x.Declaration, "spec.segments[{0}].name", "segment name", x.Resource.Spec.Segments.Select(s => s.Name).ToList())));
        foreach (var (declaration, path, what, ids) in lists)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < ids.Count; i++)
            {
                if (!seen.Add(ids[i]))
                {
                    yield return declaration.Error(DiagnosticCodes.DuplicateId, string.Format(CultureInfo.InvariantCulture, path, i),
                        $"{what} '{ids[i]}' is used twice (first at {string.Format(CultureInfo.InvariantCulture, path, ids.IndexOf(ids[i]))})",
                        "give each entry its own id");
                }
            }
        }
    }
}
