namespace ContentOps.Operator.Stores;

/// <summary>One audit entry. Never holds secrets or prompts.</summary>
internal sealed record AuditRecord
{
    public required DateTimeOffset Time { get; init; }

    /// <summary>Kind/namespace/name.</summary>
    public required string Resource { get; init; }

    /// <summary>CamelCase action, e.g. Generated, Reviewed, Published, Withdrawn, ApprovalRecorded.</summary>
    public required string Action { get; init; }

    /// <summary>Who or what: "contentops" for the operator, the approver's name for approvals.</summary>
    public string Actor { get; init; } = "contentops";

    public string Message { get; init; } = "";

    public long? Generation { get; init; }

    public string? SourceRevision { get; init; }

    public string? SpecDigest { get; init; }

    public string? ContentDigest { get; init; }
}
