using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;

namespace ContentOps.Operator.Reconcilers.ContentPieces;

/// <summary>Waits until, for every role the selecting policies require, an Approval names the exact content digest.</summary>
internal static class ApprovalStep
{
    public static StepOutcome Run(PieceContext context)
    {
        var granted = context.Approvals
            .Where(a => a.Spec.ContentDigest == context.ContentDigest && context.RequiredRoles.Contains(a.Spec.Role))
            .Select(a => a.Spec.Role)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var missing = context.RequiredRoles.Except(granted).ToList();
        context.ApprovalSummary = context.RequiredRoles.Count == 0
            ? null
            : new ApprovalSummary { Required = context.RequiredRoles, Granted = granted, Missing = missing };
        return missing.Count == 0
            ? StepOutcome.Continue
            : StepOutcome.Wait(ConditionReasons.MissingApproval,
                $"Waiting for approval of {context.ContentDigest} by {string.Join(", ", missing)}; run: contentops approve {context.Piece.Metadata.Name} --role {missing[0]} --by NAME");
    }
}
