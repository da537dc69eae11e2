namespace ContentOps.Core.Api.Approvals;

/// <summary>An MLR sign-off: one role approves one exact content digest of one piece.</summary>
[Resource("Approval", "approvals", "appr")]
[PrinterColumn("Piece", "string", ".spec.contentPiece", "The approved piece.")]
[PrinterColumn("Role", "string", ".spec.role", "medical, legal or regulatory.")]
[PrinterColumn("By", "string", ".spec.approvedBy", "Who signed.")]
[PrinterColumn("Current", "string", ".status.conditions[?(@.type==\"Current\")].status", "Whether the digest is still the piece's content.")]
[PrinterColumn("Age", "date", ".metadata.creationTimestamp", "Time since creation.")]
public sealed class Approval : Resource<ApprovalSpec, ApprovalStatus>
{
    /// <summary>Creates an empty approval with its kind set.</summary>
    public Approval() => Kind = "Approval";
}
