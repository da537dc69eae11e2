using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Declarations.Semantics;

/// <summary>
/// Prescription-drug promotion may only reach healthcare professionals (China's drug advertising rules):
/// an rx campaign or piece never targets the public, and its pieces go only to HCP-verified channels
/// that are closed to the public.
/// </summary>
internal sealed class PrescriptionAudienceRule : IDeclarationRule
{
    private const string PublicRole = "public";

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var (declaration, campaign) in context.Index.OfKind<Campaign>())
        {
            if (campaign.Spec.Product.Type == "rx" && campaign.Spec.Audience.Role == PublicRole)
            {
                yield return declaration.Error(DiagnosticCodes.PrescriptionToPublic, "spec.audience.role",
                    $"'{campaign.Spec.Product.Name}' is a prescription product; its campaign may not target the public", "set spec.audience.role to hcp");
            }
        }

        foreach (var (declaration, piece) in context.Index.OfKind<ContentPiece>())
        {
            var campaign = context.Index.Find<Campaign>(declaration.Namespace(), piece.Spec.Campaign);
            if (campaign?.Spec.Product.Type != "rx")
            {
                continue;
            }

            var product = campaign.Spec.Product.Name;
            if (piece.Spec.Audience.Role == PublicRole)
            {
                yield return declaration.Error(DiagnosticCodes.PrescriptionToPublic, "spec.audience.role",
                    $"'{product}' is a prescription product; a piece about it may not target the public", "set spec.audience.role to hcp");
            }

            for (var i = 0; i < piece.Spec.Channels.Count; i++)
            {
                var channel = context.Index.Find<ChannelTarget>(declaration.Namespace(), piece.Spec.Channels[i])?.Spec;
                var problem = channel switch
                {
                    null => null,
                    _ when channel.AllowedAudienceRoles.Contains(PublicRole) => "is open to the public",
                    { HcpVerified: false } => "is not HCP-verified",
                    _ => null,
                };
                if (problem is not null)
                {
                    yield return declaration.Error(DiagnosticCodes.PrescriptionToPublic, $"spec.channels[{i}]",
                        $"channel '{piece.Spec.Channels[i]}' {problem}; '{product}' is a prescription product and may reach only verified HCPs",
                        "use a channel with hcpVerified: true whose allowedAudienceRoles is [hcp]");
                }
            }
        }
    }
}
