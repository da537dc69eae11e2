using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Approvals;

/// <summary>What an approval declares.</summary>
public sealed record ApprovalSpec
{
    /// <summary>ContentPiece (same namespace) approved.</summary>
    [Required]
    public string ContentPiece { get; init; } = "";

    /// <summary>The exact content digest approved, as printed by <c>contentops status</c>.</summary>
    [Required]
    [RegularExpression(Names.DigestPattern)]
    public string ContentDigest { get; init; } = "";

    /// <summary>medical, legal or regulatory.</summary>
    [Required]
    [AllowedValues("medical", "legal", "regulatory")]
    public string Role { get; init; } = "";

    /// <summary>Who signed, e.g. 医学部 王某.</summary>
    [Required]
    public string ApprovedBy { get; init; } = "";

    /// <summary>When they signed.</summary>
    [SchemaFormat("date-time")]
    public DateTimeOffset? ApprovedAt { get; init; }

    /// <summary>Reviewer's remark.</summary>
    public string? Comment { get; init; }
}
