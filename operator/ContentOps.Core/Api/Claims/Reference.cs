using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Claims;

/// <summary>A source a claim cites.</summary>
public sealed record Reference
{
    /// <summary>Stable id claims refer to.</summary>
    [Required]
    [RegularExpression(Names.IdPattern)]
    public string Id { get; init; } = "";

    /// <summary>Citation as printed in the references section.</summary>
    [Required]
    public string Citation { get; init; } = "";

    /// <summary>Link to the source.</summary>
    [SchemaFormat("uri")]
    public string? Url { get; init; }
}
