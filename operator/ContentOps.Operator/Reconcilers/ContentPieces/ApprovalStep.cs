using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Reconcilers.ContentPieces.Approvals;

namespace ContentOps.Operator.Reconcilers.ContentPieces;

/// <summary>
/// Waits until, for every role the selecting policies require, an Approval names the exact content digest and its
/// signer is entitled for the role and is not the author of the piece's last change.
/// </summary>
internal static class ApprovalStep
{
    public static StepOutcome Run(PieceContext context, SignerSource source = SignerSource.Git)
    {
        var signOffs = context.Approvals
            .Where(a => a.Spec.ContentDigest == context.ContentDigest && context.RequiredRoles.Contains(a.Spec.Role))
            .OrderBy(a => a.Metadata.Name, StringComparer.Ordinal)
            .Select(a => SignOffCheck.Judge(a, context.Piece, context.Policies, source))
            .ToList();
        var granted = signOffs.Where(s => s.Counts).Select(s => s.Role).Distinct().Order(StringComparer.Ordinal).ToList();
        var missing = context.RequiredRoles.Except(granted).ToList();
        context.ApprovalSummary = context.RequiredRoles.Count == 0
            ? null
            : new ApprovalSummary { Required = context.RequiredRoles, Granted = granted, Missing = missing, SignOffs = signOffs.Count > 0 ? signOffs : null };
        if (missing.Count == 0)
        {
            return StepOutcome.Continue;
        }

        var refused = signOffs.Where(s => !s.Counts && missing.Contains(s.Role)).Select(s => $" Approval {s.Approval} does not count ({s.Reason}): {s.Message}");
        return StepOutcome.Wait(ConditionReasons.MissingApproval,
            $"Waiting for approval of {context.ContentDigest} by {string.Join(", ", missing)}; run: contentops approve {context.Piece.Metadata.Name} --role {missing[0]} (as an entitled approver) and commit it."
            + string.Concat(refused));
    }
}
