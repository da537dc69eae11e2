using ContentOps.Core.Analytics.Prediction;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Distribution.Planning;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Analytics.Prediction;

/// <summary>
/// The effect model's view of the declarations in a resource store: each piece's format, body length (its first
/// rendition), claim categories (from its claim libraries) and topic (its first key message, else its asset type),
/// and each channel's type and time zone (its quiet hours' zone, else Asia/Shanghai).
/// </summary>
internal static class DeclaredSendFeatures
{
    public static SendFeatureSource From(IResourceStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var categories = new Dictionary<(string Ns, string Claim), string>();
        foreach (var library in store.List("ClaimLibrary").OfType<ClaimLibrary>())
        {
            foreach (var claim in library.Spec.Claims)
            {
                categories[(library.Metadata.EffectiveNamespace, claim.Id)] = claim.Category;
            }
        }

        var pieces = new Dictionary<string, PieceFeatures>(StringComparer.Ordinal);
        foreach (var piece in store.List("ContentPiece").OfType<ContentPiece>())
        {
            var ns = piece.Metadata.EffectiveNamespace;
            var claims = piece.Status?.Claims is { Count: > 0 } stated ? stated : piece.Spec.Claims;
            var pieceCategories = claims.Select(c => categories.GetValueOrDefault((ns, c), "")).Where(c => c.Length > 0)
                .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
            var length = piece.Status?.Renditions?.FirstOrDefault()?.Length ?? 0;
            var topic = piece.Spec.KeyMessages is { Count: > 0 } messages ? messages[0] : piece.Spec.AssetType;
            pieces[$"{ns}/{piece.Metadata.Name}"] = new PieceFeatures(piece.Spec.Format, length, pieceCategories, topic);
        }

        var channels = store.List("ChannelTarget").OfType<ChannelTarget>().ToDictionary(
            c => $"{c.Metadata.EffectiveNamespace}/{c.Metadata.Name}",
            c => (c.Spec.Type, Zones.Find(c.Spec.QuietHours?.TimeZone)),
            StringComparer.Ordinal);
        return new SendFeatureSource(pieces, channels);
    }
}
