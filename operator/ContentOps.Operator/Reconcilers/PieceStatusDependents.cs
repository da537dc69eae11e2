using ContentOps.Core.Api;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Api.Knowledge;
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

        // Where-used: the libraries of the claims the piece states, and the sources those claims cite, report where it is live.
        var libraries = store.List("ClaimLibrary", piece.Namespace).OfType<ClaimLibrary>().Where(l => l.Spec.Claims.Any(c => p.Spec.Claims.Contains(c.Id))).ToList();
        var references = libraries.SelectMany(l => l.Spec.Claims).Where(c => p.Spec.Claims.Contains(c.Id)).SelectMany(c => c.References ?? []).ToHashSet(StringComparer.Ordinal);
        foreach (var library in libraries)
        {
            yield return library.Key;
        }

        foreach (var source in store.List("KnowledgeSource", piece.Namespace).OfType<KnowledgeSource>())
        {
            if ((source.Spec.References is { Count: > 0 } ids ? ids : [source.Metadata.Name]).Any(references.Contains))
            {
                yield return source.Key;
            }
        }
    }
}
