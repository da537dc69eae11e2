using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Audiences;

/// <summary>A source of HCP profiles.</summary>
public sealed record ProfileSource
{
    /// <summary>A CSV file relative to the declarations.</summary>
    [Required]
    public string Path { get; init; } = "";

    /// <summary>When to re-read the profiles (cron, five fields), e.g. "0 2 * * *".</summary>
    [SchemaFormat("cron")]
    public string? Refresh { get; init; }
}
