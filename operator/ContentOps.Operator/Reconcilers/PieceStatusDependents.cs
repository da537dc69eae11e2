using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Reconcilers;

/// <summary>
/// The resources whose status summarises a piece's status (its campaign, approvals, channels and the policies of its
/// namespace): they look again when the piece's status was written. Pieces themselves are never requeued by this,
/// which is what keeps a run linear.
/// </summary>
internal static class PieceStatusDependents
{
    public static IEnumerable<ResourceKey> Of(IResourceStore store, DeclaredIndex index, ResourceKey piece)
    {
        if (store.Get(piece) is not ContentPiece p)
        {
            yield break;
        }

        yield return new ResourceKey("Campaign", piece.Namespace, p.Spec.Campaign);
        foreach (var approval in index.ApprovalsOf(piece.Namespace, piece.Name))
        {
            yield return approval.Key;
        }

        foreach (var channel in p.Spec.Channels)
        {
            yield return new ResourceKey("ChannelTarget", piece.Namespace, channel);
        }

        foreach (var policy in index.PoliciesIn(piece.Namespace))
        {
            yield return policy.Key;
        }
    }
}
