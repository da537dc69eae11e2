using ContentOps.Core.Api;
using ContentOps.Core.Api.Approvals;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Controller;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Embedded;

/// <summary>
/// Which pieces to look at again when something they depend on changes: a policy re-reviews the pieces of its
/// namespace (selection is decided in the reconcile), a campaign, claim library, channel or audience its pieces,
/// an approval its piece.
/// </summary>
internal static class SpecDependencies
{
    public static void Register(DependencyIndex index, IResourceStore store)
    {
        IEnumerable<ResourceKey> Pieces(string ns, Func<ContentPiece, bool> uses) =>
            store.List("ContentPiece", ns).OfType<ContentPiece>().Where(uses).Select(p => p.Key);

        IEnumerable<string> CampaignsUsing(string ns, Func<Campaign, bool> uses) =>
            store.List("Campaign", ns).OfType<Campaign>().Where(uses).Select(c => c.Metadata.Name);

        index.Watch("SopPolicy", key => Pieces(key.Namespace, _ => true));
        index.Watch("Campaign", key => Pieces(key.Namespace, p => p.Spec.Campaign == key.Name));
        index.Watch("ChannelTarget", key => Pieces(key.Namespace, p => p.Spec.Channels.Contains(key.Name)));
        index.Watch("Audience", key => Pieces(key.Namespace, p => p.Spec.Audience.Audience == key.Name || p.Spec.Audience.Audience is null));
        index.Watch("ClaimLibrary", key =>
        {
            var campaigns = CampaignsUsing(key.Namespace, c => c.Spec.ClaimLibraries.Contains(key.Name)).ToHashSet(StringComparer.Ordinal);
            return Pieces(key.Namespace, p => campaigns.Contains(p.Spec.Campaign));
        });
        index.Watch("Approval", key => store.Get(key) is Approval approval
            ? [new ResourceKey("ContentPiece", key.Namespace, approval.Spec.ContentPiece)]
            : []);
    }
}
