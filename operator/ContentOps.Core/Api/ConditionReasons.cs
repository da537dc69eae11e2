namespace ContentOps.Core.Api;

/// <summary>CamelCase reasons used in conditions and events. Each says why a condition has its status.</summary>
public static class ConditionReasons
{
    /// <summary>Everything the condition covers succeeded.</summary>
    public const string Succeeded = "Succeeded";

    /// <summary>Work is under way.</summary>
    public const string Progressing = "Progressing";

    /// <summary>A referenced Campaign, ClaimLibrary, claim, ChannelTarget or Audience does not exist.</summary>
    public const string MissingDependency = "MissingDependency";

    /// <summary>The generator produced no usable renditions.</summary>
    public const string GenerationFailed = "GenerationFailed";

    /// <summary>The automated review found at least one blocking finding.</summary>
    public const string BlockingFindings = "BlockingFindings";

    /// <summary>Review attempts with regeneration were used up.</summary>
    public const string ReviewAttemptsExhausted = "ReviewAttemptsExhausted";

    /// <summary>Waiting for approvals of the current content digest.</summary>
    public const string MissingApproval = "MissingApproval";

    /// <summary>No policy requires approval for this piece.</summary>
    public const string NotRequired = "NotRequired";

    /// <summary>Waiting for <c>publishAt</c>.</summary>
    public const string Scheduled = "Scheduled";

    /// <summary>Past <c>expireAt</c>: withdrawn from every channel.</summary>
    public const string Expired = "Expired";

    /// <summary>Removed from every channel because it was deleted or no longer compliant.</summary>
    public const string Withdrawn = "Withdrawn";

    /// <summary>
    /// A claim the content states (directly, through a key message or through recall) was withdrawn or expired: the
    /// piece is withdrawn from every channel and stays so until its spec changes.
    /// </summary>
    public const string ClaimWithdrawn = "ClaimWithdrawn";

    /// <summary>A channel refused or failed; retried with backoff.</summary>
    public const string ChannelError = "ChannelError";

    /// <summary>The approval names a content digest the piece no longer has.</summary>
    public const string Stale = "Stale";

    /// <summary>The approval's verified signer is not an approver for its role in the policy's roster.</summary>
    public const string NotEntitled = "NotEntitled";

    /// <summary>The approval's signer authored the piece's last change (segregation of duties).</summary>
    public const string SelfApproval = "SelfApproval";

    /// <summary>
    /// Who signed the approval cannot be established: not in Git, uncommitted, or (when the policy requires signed
    /// approvals) no signature that verifies with an approver's key.
    /// </summary>
    public const string SignerUnverified = "SignerUnverified";

    /// <summary>The resource is valid and in use.</summary>
    public const string Valid = "Valid";

    /// <summary>Degraded: the channel's endpoint failed repeatedly; its circuit is open.</summary>
    public const string EndpointDown = "EndpointDown";

    /// <summary>Degraded: the channel said too many (HTTP 429, WeChat 45009/45011).</summary>
    public const string RateLimited = "RateLimited";

    /// <summary>Degraded: sends to the channel failed and are retried.</summary>
    public const string SendFailed = "SendFailed";

    /// <summary>Degraded is False: the last sends went through.</summary>
    public const string Healthy = "Healthy";
}
