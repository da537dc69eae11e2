namespace ContentOps.Core.Api.ContentPieces;

/// <summary>Which MLR roles must approve and which did, for the current content digest.</summary>
public sealed record ApprovalSummary
{
    /// <summary>Roles the selecting policies require.</summary>
    public IReadOnlyList<string>? Required { get; init; }

    /// <summary>Roles with an Approval of the current digest.</summary>
    public IReadOnlyList<string>? Granted { get; init; }

    /// <summary>Required roles still missing.</summary>
    public IReadOnlyList<string>? Missing { get; init; }

    /// <summary>Every Approval of the current digest for a required role: its verified signer and whether it counts.</summary>
    public IReadOnlyList<SignOff>? SignOffs { get; init; }
}
