using ContentOps.Core.Api;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.Claims;

namespace ContentOps.Operator.Declarations.Semantics;

/// <summary>Looks resources up by kind, namespace and name; built from de-duplicated declarations.</summary>
internal sealed class DeclarationIndex
{
    private readonly Dictionary<ResourceKey, Declaration> _byKey;

    public DeclarationIndex(IReadOnlyList<Declaration> declarations)
    {
        All = declarations;
        _byKey = declarations.ToDictionary(d => d.Resource.Key);
    }

    public IReadOnlyList<Declaration> All { get; }

    public IEnumerable<(Declaration Declaration, T Resource)> OfKind<T>()
        where T : Resource =>
        All.Where(d => d.Resource is T).Select(d => (d, (T)d.Resource));

    public T? Find<T>(string ns, string name)
        where T : Resource =>
        _byKey.GetValueOrDefault(new ResourceKey(Resource.KindOf(typeof(T)), ns, name))?.Resource as T;

    /// <summary>
    /// The claims a campaign's pieces may use, or null when one of its libraries is missing: that is
    /// reported once, and every claim it would have held would otherwise be reported again.
    /// </summary>
    public IReadOnlyDictionary<string, Claim>? ResolvableClaimsOf(Campaign campaign) =>
        campaign.Spec.ClaimLibraries.All(name => Find<ClaimLibrary>(campaign.Metadata.EffectiveNamespace, name) is not null)
            ? ClaimsOf(campaign)
            : null;

    /// <summary>The claims a campaign's pieces may use: every claim of every library the campaign lists that exists.</summary>
    public IReadOnlyDictionary<string, Claim> ClaimsOf(Campaign campaign)
    {
        var claims = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var name in campaign.Spec.ClaimLibraries)
        {
            foreach (var claim in Find<ClaimLibrary>(campaign.Metadata.EffectiveNamespace, name)?.Spec.Claims ?? [])
            {
                claims.TryAdd(claim.Id, claim);
            }
        }

        return claims;
    }
}
