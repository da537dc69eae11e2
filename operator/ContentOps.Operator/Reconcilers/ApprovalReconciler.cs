using ContentOps.Core.Api;
using ContentOps.Core.Api.Approvals;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Reconcilers;

/// <summary>Marks an approval Current while it names the piece's current content digest, Stale otherwise.</summary>
internal sealed class ApprovalReconciler(IResourceStore store, TimeProvider time) : StatusReconciler<Approval>(store, time)
{
    public override string Kind => "Approval";

    protected override IReadOnlyList<Condition>? PreviousConditions(Approval resource) => resource.Status?.Conditions;

    protected override ResourceStatus Observe(Approval approval, ConditionSet conditions)
    {
        var piece = Store.Get(new ResourceKey("ContentPiece", approval.Metadata.EffectiveNamespace, approval.Spec.ContentPiece)) as ContentPiece;
        if (piece is null)
        {
            conditions.Set(ConditionTypes.Current, false, ConditionReasons.MissingDependency, $"ContentPiece {approval.Spec.ContentPiece} does not exist.");
            conditions.Set(ConditionTypes.Ready, false, ConditionReasons.MissingDependency, $"ContentPiece {approval.Spec.ContentPiece} does not exist.");
        }
        else if (piece.Status?.ContentDigest == approval.Spec.ContentDigest)
        {
            conditions.Set(ConditionTypes.Current, true, ConditionReasons.Valid, "Approves the piece's current content.");
            conditions.Set(ConditionTypes.Ready, true, ConditionReasons.Valid, "Approves the piece's current content.");
        }
        else
        {
            var message = $"The piece's content is now {piece.Status?.ContentDigest ?? "not generated"}; this approval no longer applies.";
            conditions.Set(ConditionTypes.Current, false, ConditionReasons.Stale, message);
            conditions.Set(ConditionTypes.Ready, false, ConditionReasons.Stale, message);
        }

        return new ApprovalStatus { ObservedGeneration = approval.Metadata.Generation, Conditions = conditions.ToList() };
    }
}
