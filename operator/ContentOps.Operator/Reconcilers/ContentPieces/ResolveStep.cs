using ContentOps.Core.Api;
using ContentOps.Core.Api.Approvals;
using ContentOps.Core.Api.Audiences;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review;
using ContentOps.Operator.Reconcilers.ContentPieces.Withdrawal;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Reconcilers.ContentPieces;

/// <summary>Finds the piece's campaign, claim libraries, channels, audience, selecting policies and approvals.</summary>
internal sealed class ResolveStep(IResourceStore store, DeclaredIndex index)
{
    public StepOutcome Run(PieceContext context)
    {
        var ns = context.Namespace;
        var spec = context.Piece.Spec;
        if (store.Get(new ResourceKey("Campaign", ns, spec.Campaign)) is not Campaign campaign)
        {
            return StepOutcome.Stall(ConditionReasons.MissingDependency, $"Campaign {spec.Campaign} does not exist in namespace {ns}.");
        }

        context.Campaign = campaign;
        var libraries = new List<ClaimLibrary>();
        foreach (var name in campaign.Spec.ClaimLibraries)
        {
            if (store.Get(new ResourceKey("ClaimLibrary", ns, name)) is not ClaimLibrary library)
            {
                return StepOutcome.Stall(ConditionReasons.MissingDependency, $"ClaimLibrary {name} of campaign {campaign.Metadata.Name} does not exist.");
            }

            libraries.Add(library);
        }

        context.Libraries = libraries;
        context.Retracted = RetractedClaims.In(libraries, context.Now);
        var known = libraries.SelectMany(l => l.Spec.Claims).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        if (spec.Claims.FirstOrDefault(c => !known.Contains(c)) is { } unknownClaim)
        {
            return StepOutcome.Stall(ConditionReasons.MissingDependency, $"Claim {unknownClaim} is in none of the campaign's claim libraries.");
        }

        var channels = new List<ChannelTarget>();
        foreach (var name in spec.Channels)
        {
            if (store.Get(new ResourceKey("ChannelTarget", ns, name)) is not ChannelTarget channel)
            {
                return StepOutcome.Stall(ConditionReasons.MissingDependency, $"ChannelTarget {name} does not exist in namespace {ns}.");
            }

            channels.Add(channel);
        }

        context.Channels = channels;
        var audienceName = spec.Audience.Audience ?? campaign.Spec.Audience.Audience;
        context.Audience = audienceName is null ? null : store.Get(new ResourceKey("Audience", ns, audienceName)) as Audience;
        context.Policies = SelectingPolicies(context, ns);
        context.RequiredRoles = [.. context.Policies.SelectMany(p => p.Spec.Approval?.Roles ?? []).Distinct().Order(StringComparer.Ordinal)];
        context.Approvals = index.ApprovalsOf(ns, context.Piece.Metadata.Name);
        return StepOutcome.Continue;
    }

    private IReadOnlyList<SopPolicy> SelectingPolicies(PieceContext context, string ns) =>
        [.. index.PoliciesIn(ns)
            .Where(policy => context.Channels.Any(channel => PolicyMatcher.Selects(policy.Spec.Selector, ReviewContexts.For(context, channel))))];
}
