using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Generation;

namespace ContentOps.Operator.Reconcilers.ContentPieces.Withdrawal;

/// <summary>Which claims a piece's content states.</summary>
internal static class StatedClaims
{
    /// <summary>The claims the piece lists and the claims of the key messages it carries (all of the campaign's when it names none).</summary>
    public static IEnumerable<string> Declared(ContentPiece piece, Campaign campaign)
    {
        var wanted = piece.Spec.KeyMessages ?? [];
        var messageClaims = (campaign.Spec.KeyMessages ?? [])
            .Where(m => wanted.Count == 0 || wanted.Contains(m.Id))
            .SelectMany(m => m.Claims ?? []);
        return piece.Spec.Claims.Concat(messageClaims);
    }

    /// <summary>The declared claims plus every claim generation placed in the renditions (recalled ones included).</summary>
    public static IReadOnlyList<string> Of(ContentPiece piece, Campaign campaign, IEnumerable<Rendition> renditions) =>
        [.. Declared(piece, campaign).Concat(renditions.SelectMany(r => r.ClaimUses).Select(u => u.ClaimId)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
