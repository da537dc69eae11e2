using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Declarations.Semantics;

/// <summary>
/// A piece may state only approved claims: withdrawn or draft claims are errors; an expired claim (today,
/// or before the piece is published) is a warning because reconciliation will withdraw the piece anyway.
/// </summary>
internal sealed class ClaimStatusRule : IDeclarationRule
{
    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var (declaration, piece) in context.Index.OfKind<ContentPiece>())
        {
            if (context.Index.Find<Campaign>(declaration.Namespace(), piece.Spec.Campaign) is not { } campaign)
            {
                continue;
            }

            var claims = context.Index.ClaimsOf(campaign);
            var publishDate = piece.Spec.Schedule?.PublishAt is { } publishAt ? DateOnly.FromDateTime(publishAt.UtcDateTime) : (DateOnly?)null;
            for (var i = 0; i < piece.Spec.Claims.Count; i++)
            {
                var path = $"spec.claims[{i}]";
                if (!claims.TryGetValue(piece.Spec.Claims[i], out var claim))
                {
                    continue;
                }

                if (claim.Status is "withdrawn" or "draft")
                {
                    yield return declaration.Error(DiagnosticCodes.ClaimNotApproved, path,
                        $"claim '{claim.Id}' is {claim.Status}; only approved claims may be stated",
                        claim.Status == "draft" ? "get the claim approved in its ClaimLibrary first" : "remove the claim from the piece");
                }
                else if (claim.Expires is { } expires && (expires < context.Today || expires < publishDate))
                {
                    var when = expires < context.Today ? "expired" : "expires before the piece is published, ";
                    yield return declaration.Warning(DiagnosticCodes.ClaimExpired, path,
                        $"claim '{claim.Id}' {when} on {expires:yyyy-MM-dd}", "renew the claim in its ClaimLibrary, or use another claim");
                }
            }
        }
    }
}
