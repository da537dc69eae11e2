using ContentOps.Core.Api;
using ContentOps.Core.Api.Approvals;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Reconcilers;

/// <summary>
/// Marks an approval Current while it names the piece's current content digest and its signer counts (as the piece's
/// reconcile judged it: entitled, not the author), Stale or the reason it does not count otherwise.
/// </summary>
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
            var signOff = piece.Status.Approvals?.SignOffs?.FirstOrDefault(s => s.Approval == approval.Metadata.Name);
            if (signOff is { Counts: false })
            {
                conditions.Set(ConditionTypes.Current, false, signOff.Reason, signOff.Message ?? signOff.Reason);
                conditions.Set(ConditionTypes.Ready, false, signOff.Reason, signOff.Message ?? signOff.Reason);
                return new ApprovalStatus { ObservedGeneration = approval.Metadata.Generation, Conditions = conditions.ToList() };
            }

            var by = signOff?.Signer is { } signer ? $" Signed by {signer}." : "";
            conditions.Set(ConditionTypes.Current, true, ConditionReasons.Valid, "Approves the piece's current content." + by);
            conditions.Set(ConditionTypes.Ready, true, ConditionReasons.Valid, "Approves the piece's current content." + by);
            return new ApprovalStatus { ObservedGeneration = approval.Metadata.Generation, Conditions = conditions.ToList(), Signer = signOff?.Signer };
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
