using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Claims;

/// <summary>What a claim library declares.</summary>
public sealed record ClaimLibrarySpec
{
    /// <summary>Trade name of the product (the campaign's product.name).</summary>
    [Required]
    public string Product { get; init; } = "";

    /// <summary>The claims.</summary>
    [Required]
    [MinLength(1)]
    public IReadOnlyList<Claim> Claims { get; init; } = [];

    /// <summary>The references claims cite.</summary>
    [Required]
    [MinLength(1)]
    public IReadOnlyList<Reference> References { get; init; } = [];

    /// <summary>
    /// How a claim is reported whose numbers, units or populations the passages of its references' KnowledgeSources
    /// do not state: warn (default) or error (blocks validate, plan and run).
    /// </summary>
    [AllowedValues("warn", "error")]
    public string Substantiation { get; init; } = "warn";
}
