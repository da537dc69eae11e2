using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Api.Policies;
using ContentOps.Core.Digests;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Reconcilers;

/// <summary>Reports a policy's rule count, its digest and how many pieces it selects (pieces record which policies reviewed them).</summary>
internal sealed class SopPolicyReconciler(IResourceStore store, TimeProvider time, Learned.PipelineLearnedExamples? learned = null) : StatusReconciler<SopPolicy>(store, time)
{
    /// <summary>The condition that says whether spec.learnedDetector runs here.</summary>
    public const string LearnedDetectorCondition = "LearnedDetector";

    public override string Kind => "SopPolicy";

    protected override IReadOnlyList<Condition>? PreviousConditions(SopPolicy resource) => resource.Status?.Conditions;

    protected override ResourceStatus Observe(SopPolicy policy, ConditionSet conditions)
    {
        var selected = InNamespace<ContentPiece>("ContentPiece", policy)
            .Count(p => p.Status?.Review?.PolicyDigest is not null && Selects(policy, p));
        conditions.Set(ConditionTypes.Ready, true, ConditionReasons.Valid, $"{policy.Spec.Rules.Count} rule(s) in force.");
        if (policy.Spec.LearnedDetector is not null)
        {
            // Never silent: where the examples cannot be read, the policy says the detector is off and why.
            var problem = learned is null ? "no examples source in this host; the detector is off." : learned.Problem(policy);
            conditions.Set(LearnedDetectorCondition, problem is null, problem is null ? ConditionReasons.Valid : "ExamplesUnavailable",
                problem ?? "Adds warn-level findings for sentences no rule flagged; trained when a review first needs it.");
        }

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
