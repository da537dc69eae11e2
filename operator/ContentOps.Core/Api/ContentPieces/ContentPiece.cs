namespace ContentOps.Core.Api.ContentPieces;

/// <summary>One piece of content (a WeChat article, an approved email, an SMS, a rep talk track) driven to its channels.</summary>
[Resource("ContentPiece", "contentpieces", "cp")]
[PrinterColumn("Phase", "string", ".status.phase", "Pending, Generating, Reviewing, AwaitingApproval, Scheduled, Published, ReviewFailed, Withdrawn, Expired or Failed.")]
[PrinterColumn("Campaign", "string", ".spec.campaign", "The campaign the piece belongs to.")]
[PrinterColumn("Format", "string", ".spec.format", "The content format.")]
[PrinterColumn("Findings", "integer", ".status.review.blocking", "Blocking review findings of the current content.")]
[PrinterColumn("Waiting", "string", ".status.waitingFor", "What the piece waits for (a person, the clock), if anything.", Priority = 1)]
[PrinterColumn("Digest", "string", ".status.contentDigest", "Digest an Approval must name.", Priority = 1)]
[PrinterColumn("Age", "date", ".metadata.creationTimestamp", "Time since creation.")]
public sealed class ContentPiece : Resource<ContentPieceSpec, ContentPieceStatus>
{
    /// <summary>Creates an empty piece with its kind set.</summary>
    public ContentPiece() => Kind = "ContentPiece";
}
