using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Api.Policies;
using ContentOps.Core.Digests;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Reconcilers;

/// <summary>Reports a policy's rule count, its digest and how many pieces it selects (pieces record which policies reviewed them).</summary>
internal sealed class SopPolicyReconciler(IResourceStore store, TimeProvider time) : StatusReconciler<SopPolicy>(store, time)
{
    public override string Kind => "SopPolicy";

    protected override IReadOnlyList<Condition>? PreviousConditions(SopPolicy resource) => resource.Status?.Conditions;

    protected override ResourceStatus Observe(SopPolicy policy, ConditionSet conditions)
    {
        var selected = InNamespace<ContentPiece>("ContentPiece", policy)
            .Count(p => p.Status?.Review?.PolicyDigest is not null && Selects(policy, p));
        conditions.Set(ConditionTypes.Ready, true, ConditionReasons.Valid, $"{policy.Spec.Rules.Count} rule(s) in force.");
        return new SopPolicyStatus
        {
            ObservedGeneration = policy.Metadata.Generation,
            Conditions = conditions.ToList(),
            Rules = policy.Spec.Rules.Count,
            SelectedPieces = selected,
            PolicyDigest = ContentDigest.OfObject(policy.Spec),
        };
    }

    /// <summary>A cheap static test of the selector's piece-level fields (format, audience, asset type, language, labels).</summary>
    private static bool Selects(SopPolicy policy, ContentPiece piece)
    {
        var s = policy.Spec.Selector;
        return s is null
            || ((s.Formats is not { Count: > 0 } || s.Formats.Contains(piece.Spec.Format))
                && (s.AudienceRoles is not { Count: > 0 } || s.AudienceRoles.Contains(piece.Spec.Audience.Role))
                && (s.AssetTypes is not { Count: > 0 } || s.AssetTypes.Contains(piece.Spec.AssetType))
                && (s.Languages is not { Count: > 0 } || s.Languages.Contains(piece.Spec.Language))
                && (s.MatchLabels is not { Count: > 0 } || s.MatchLabels.All(l => piece.Metadata.Labels?.GetValueOrDefault(l.Key) == l.Value)));
    }
}
