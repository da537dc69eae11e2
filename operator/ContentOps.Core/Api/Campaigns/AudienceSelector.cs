using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Campaigns;

/// <summary>Who content addresses: a role and, for HCPs, segments of an Audience.</summary>
public sealed record AudienceSelector
{
    /// <summary>hcp (healthcare professionals) or public (patients and consumers).</summary>
    [Required]
    [AllowedValues("hcp", "public")]
    public string Role { get; init; } = "hcp";

    /// <summary>Audience resource (same namespace) whose segments are named below.</summary>
    public string? Audience { get; init; }

    /// <summary>Segment names of that Audience; empty means all of it.</summary>
    public IReadOnlyList<string>? Segments { get; init; }
}
