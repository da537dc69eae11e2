using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Audiences;

/// <summary>What an audience declares.</summary>
public sealed record AudienceSpec
{
    /// <summary>hcp or public.</summary>
    [Required]
    [AllowedValues("hcp", "public")]
    public string Role { get; init; } = "hcp";

    /// <summary>Description, e.g. 内分泌科医生（三级医院）.</summary>
    public string? Description { get; init; }

    /// <summary>Segments content and distribution target.</summary>
    [Required]
    [MinLength(1)]
    public IReadOnlyList<Segment> Segments { get; init; } = [];

    /// <summary>Where HCP profiles come from.</summary>
    public ProfileSource? Profiles { get; init; }
}
