namespace ContentOps.Core.Api;

/// <summary>One-word summaries of a piece's conditions, for tables and printer columns.</summary>
public static class ContentPiecePhase
{
    /// <summary>Not reconciled yet.</summary>
    public const string Pending = "Pending";

    /// <summary>Renditions are being generated.</summary>
    public const string Generating = "Generating";

    /// <summary>Renditions are being reviewed.</summary>
    public const string Reviewing = "Reviewing";

    /// <summary>Waiting for MLR approvals of the current content digest.</summary>
    public const string AwaitingApproval = "AwaitingApproval";

    /// <summary>Approved, waiting for publishAt.</summary>
    public const string Scheduled = "Scheduled";

    /// <summary>Live on every channel.</summary>
    public const string Published = "Published";

    /// <summary>Blocked by the automated review.</summary>
    public const string ReviewFailed = "ReviewFailed";

    /// <summary>Removed from every channel (deleted, newly non-compliant, or a claim it states was withdrawn).</summary>
    public const string Withdrawn = "Withdrawn";

    /// <summary>Past expireAt and removed from every channel.</summary>
    public const string Expired = "Expired";

    /// <summary>Cannot proceed until the spec changes, or a channel keeps failing.</summary>
    public const string Failed = "Failed";
}
