using ContentOps.Core.Api.Channels;
using ContentOps.Core.Review;

namespace ContentOps.Operator.Reconcilers.ContentPieces;

/// <summary>The review context of a piece on one channel.</summary>
internal static class ReviewContexts
{
    public static ReviewContext For(PieceContext context, ChannelTarget channel) => new()
    {
        Format = context.Piece.Spec.Format,
        ChannelType = channel.Spec.Type,
        AudienceRole = context.Piece.Spec.Audience.Role,
        ProductType = context.Campaign.Spec.Product.Type,
        AssetType = context.Piece.Spec.AssetType,
        Language = context.Piece.Spec.Language,
        ChannelHcpVerified = channel.Spec.HcpVerified,
        Labels = context.Piece.Metadata.Labels ?? new Dictionary<string, string>(),
        Product = context.Campaign.Spec.Product,
        ClaimLibraries = context.Libraries,
        Now = context.Now,
    };
}
