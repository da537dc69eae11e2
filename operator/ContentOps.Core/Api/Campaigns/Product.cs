using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Campaigns;

/// <summary>A registered drug product and the parts of its label the review needs.</summary>
public sealed record Product
{
    /// <summary>Trade name as used in content, e.g. 康力平.</summary>
    [Required]
    public string Name { get; init; } = "";

    /// <summary>Generic (通用名), e.g. 格列齐特缓释片; must accompany the trade name.</summary>
    [Required]
    public string GenericName { get; init; } = "";

    /// <summary>rx (prescription) or otc (over the counter); decides which advertising rules apply.</summary>
    [Required]
    [AllowedValues("rx", "otc")]
    public string Type { get; init; } = "rx";

    /// <summary>True when the trade name is a registered trademark: generated content writes it with ®.</summary>
    public bool RegisteredTrademark { get; init; }

    /// <summary>Drug approval number (国药准字…).</summary>
    public string? ApprovalNumber { get; init; }

    /// <summary>Drug-advertisement approval number (…药广审（文）第…号), needed for public advertisements.</summary>
    public string? AdApprovalNumber { get; init; }

    /// <summary>Marketing authorisation holder (上市许可持有人).</summary>
    public string? Manufacturer { get; init; }

    /// <summary>Indications exactly as in the approved label; anything else is off-label.</summary>
    [Required]
    [MinLength(1)]
    public IReadOnlyList<string> Indications { get; init; } = [];

    /// <summary>Contraindications text from the label, shown where policies require it.</summary>
    public string? Contraindications { get; init; }

    /// <summary>Adverse reactions text from the label, shown where policies require it.</summary>
    public string? AdverseReactions { get; init; }
}
