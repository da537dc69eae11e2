using ContentOps.Core.Api.Audiences;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.Claims;
using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Declarations.Semantics;

/// <summary>A campaign's claim libraries, channels, audience, segments and key-message claims exist in its namespace.</summary>
internal sealed class CampaignReferenceRule : IDeclarationRule
{
    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var (declaration, campaign) in context.Index.OfKind<Campaign>())
        {
            var ns = declaration.Namespace();
            var spec = campaign.Spec;
            for (var i = 0; i < spec.ClaimLibraries.Count; i++)
            {
                if (context.Index.Find<ClaimLibrary>(ns, spec.ClaimLibraries[i]) is null)
                {
                    yield return References.Missing(declaration, $"spec.claimLibraries[{i}]", "ClaimLibrary", spec.ClaimLibraries[i], context.Index.OfKind<ClaimLibrary>());
                }
            }

            for (var i = 0; i < spec.Channels.Count; i++)
            {
                if (context.Index.Find<ChannelTarget>(ns, spec.Channels[i]) is null)
                {
                    yield return References.Missing(declaration, $"spec.channels[{i}]", "ChannelTarget", spec.Channels[i], context.Index.OfKind<ChannelTarget>());
                }
            }

            foreach (var diagnostic in AudienceReferences.Check(context, declaration, spec.Audience, "spec.audience"))
            {
                yield return diagnostic;
            }

            var claims = context.Index.ResolvableClaimsOf(campaign) ?? new Dictionary<string, Claim>();
            var keyMessages = spec.KeyMessages ?? [];
            for (var m = 0; m < keyMessages.Count; m++)
            {
                var messageClaims = claims.Count == 0 ? [] : keyMessages[m].Claims ?? [];
                for (var c = 0; c < messageClaims.Count; c++)
                {
                    if (!claims.ContainsKey(messageClaims[c]))
                    {
                        yield return References.MissingClaim(declaration, $"spec.keyMessages[{m}].claims[{c}]", messageClaims[c], claims.Keys);
                    }
                }
            }
        }
    }
}
