namespace ContentOps.Core.Api.ContentPieces;

/// <summary>How one Approval of the current content digest was judged: whose sign-off it is and whether it counts.</summary>
public sealed record SignOff
{
    /// <summary>The Approval's name.</summary>
    public string Approval { get; init; } = "";

    /// <summary>medical, legal or regulatory.</summary>
    public string Role { get; init; } = "";

    /// <summary>Who signed, as verified ("王某 &lt;wang.medical@example.com&gt; (commit author)"), when established.</summary>
    public string? Signer { get; init; }

    /// <summary>True when the approval counts for its role.</summary>
    public bool Counts { get; init; }

    /// <summary>Why it counts or not: Valid, NotEntitled, SelfApproval or SignerUnverified.</summary>
    public string Reason { get; init; } = "";

    /// <summary>A sentence saying why, and who may sign when it does not count.</summary>
    public string? Message { get; init; }
}
