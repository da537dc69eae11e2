using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Declarations.Semantics;

/// <summary>
/// A piece's campaign exists; its channels exist and are the campaign's; its claims come from the
/// campaign's libraries; its key messages are the campaign's; its audience and segments exist.
/// </summary>
internal sealed class ContentPieceReferenceRule : IDeclarationRule
{
    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var (declaration, piece) in context.Index.OfKind<ContentPiece>())
        {
            var spec = piece.Spec;
            var campaign = context.Index.Find<Campaign>(declaration.Namespace(), spec.Campaign);
            if (campaign is null)
            {
                // Without the campaign nothing else can be resolved; one finding says why.
                yield return References.Missing(declaration, "spec.campaign", "Campaign", spec.Campaign, context.Index.OfKind<Campaign>());
                continue;
            }

            foreach (var diagnostic in Channels(context, declaration, spec, campaign).Concat(Claims(context, declaration, spec, campaign)))
            {
                yield return diagnostic;
            }

            var keyMessages = (campaign.Spec.KeyMessages ?? []).Select(k => k.Id).ToList();
            var used = spec.KeyMessages ?? [];
            for (var i = 0; i < used.Count; i++)
            {
                if (!keyMessages.Contains(used[i]))
                {
                    yield return References.MissingId(declaration, $"spec.keyMessages[{i}]", $"key message of Campaign '{spec.Campaign}'", used[i], keyMessages);
                }
            }

            foreach (var diagnostic in AudienceReferences.Check(context, declaration, spec.Audience, "spec.audience", campaign.Spec.Audience.Audience))
            {
                yield return diagnostic;
            }
        }
    }

    private static IEnumerable<Diagnostic> Channels(RuleContext context, Declaration declaration, ContentPieceSpec spec, Campaign campaign)
    {
        for (var i = 0; i < spec.Channels.Count; i++)
        {
            var path = $"spec.channels[{i}]";
            if (context.Index.Find<ChannelTarget>(declaration.Namespace(), spec.Channels[i]) is null)
            {
                yield return References.Missing(declaration, path, "ChannelTarget", spec.Channels[i], context.Index.OfKind<ChannelTarget>());
            }
            else if (!campaign.Spec.Channels.Contains(spec.Channels[i]))
            {
                yield return declaration.Error(DiagnosticCodes.ChannelNotInCampaign, path,
                    $"channel '{spec.Channels[i]}' is not one of Campaign '{spec.Campaign}' channels ({string.Join(", ", campaign.Spec.Channels)})",
                    "add the channel to the campaign's spec.channels, or pick one it lists");
            }
        }
    }

    private static IEnumerable<Diagnostic> Claims(RuleContext context, Declaration declaration, ContentPieceSpec spec, Campaign campaign)
    {
        if (context.Index.ResolvableClaimsOf(campaign) is not { } claims)
        {
            yield break;
        }

        for (var i = 0; i < spec.Claims.Count; i++)
        {
            if (!claims.ContainsKey(spec.Claims[i]))
            {
                yield return References.MissingClaim(declaration, $"spec.claims[{i}]", spec.Claims[i], claims.Keys);
            }
        }
    }
}
