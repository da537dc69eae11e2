using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Declarations.Semantics;

/// <summary>
/// A piece may state only approved claims: a draft claim is an error; a withdrawn claim, or an expired one (today, or
/// before the piece is published), is a warning, because the run withdraws the piece: a retraction must merge.
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

                if (claim.Status == "draft")
                {
                    yield return declaration.Error(DiagnosticCodes.ClaimNotApproved, path,
                        $"claim '{claim.Id}' is draft; only approved claims may be stated", "get the claim approved in its ClaimLibrary first");
                }
                else if (claim.Status == "withdrawn")
                {
                    yield return declaration.Warning(DiagnosticCodes.ClaimWithdrawn, path,
                        $"claim '{claim.Id}' is withdrawn; the run withdraws this piece from every channel (phase Withdrawn, reason ClaimWithdrawn)",
                        "remove the claim from the piece to generate it again without it");
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
