using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Policies;

/// <summary>A severity that applies in one context.</summary>
public sealed record SeverityOverride
{
    /// <summary>The context.</summary>
    [Required]
    public ContentSelector When { get; init; } = new();

    /// <summary>block or warn.</summary>
    [Required]
    [AllowedValues("block", "warn")]
    public string Severity { get; init; } = "block";
}
