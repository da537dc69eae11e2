using ContentOps.Core.Api;
using ContentOps.Core.Distribution;
using ContentOps.Core.Distribution.Planning;
using ContentOps.Operator.Planning;

namespace ContentOps.Operator.Distribution;

/// <summary>The pieces a simulated run would publish now or at publishAt: what a send plan distributes.</summary>
internal static class LivePieces
{
    public static IReadOnlyList<DistributionPiece> From(IReadOnlyDictionary<ResourceKey, SimulatedPiece> run) =>
        [.. run.Values
            .Where(p => (p.WouldPublishNow || p.WouldPublishLater) && p.Context.ContentDigest is not null)
            .OrderBy(p => p.Piece.Key.ToString(), StringComparer.Ordinal)
            .Select(p => new DistributionPiece
            {
                Ref = new PieceRef(p.Piece.Metadata.EffectiveNamespace, p.Piece.Metadata.Name),
                Spec = p.Piece.Spec,
                ContentDigest = p.Context.ContentDigest!,
                Renditions = p.Context.RenditionRefs,
            })];
}
