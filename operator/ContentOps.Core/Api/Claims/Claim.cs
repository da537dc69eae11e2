using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Claims;

/// <summary>One approved statement about the product.</summary>
public sealed record Claim
{
    /// <summary>Stable id pieces refer to.</summary>
    [Required]
    [RegularExpression(Names.IdPattern)]
    public string Id { get; init; } = "";

    /// <summary>The approved text, stated verbatim by generation.</summary>
    [Required]
    [MinLength(4)]
    [MaxLength(1500)]
    public string Text { get; init; } = "";

    /// <summary>efficacy, safety, dosing, mechanism, indication or other.</summary>
    [Required]
    [AllowedValues("efficacy", "safety", "dosing", "mechanism", "indication", "other")]
    public string Category { get; init; } = "";

    /// <summary>Reference ids that substantiate it.</summary>
    public IReadOnlyList<string>? References { get; init; }

    /// <summary>approved, draft or withdrawn; only approved claims may be used.</summary>
    [AllowedValues("approved", "draft", "withdrawn")]
    public string Status { get; init; } = "approved";

    /// <summary>Date after which the claim may no longer be used.</summary>
    [SchemaFormat("date")]
    public DateOnly? Expires { get; init; }

    /// <summary>Accepted rewordings that still count as this claim.</summary>
    public IReadOnlyList<string>? Variations { get; init; }
}
