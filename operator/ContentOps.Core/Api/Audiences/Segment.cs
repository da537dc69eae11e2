using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Audiences;

/// <summary>A group of HCPs selected by profile attributes.</summary>
public sealed record Segment
{
    /// <summary>Segment name pieces refer to.</summary>
    [Required]
    [RegularExpression(Names.DnsLabelPattern)]
    public string Name { get; init; } = "";

    /// <summary>What the segment is, e.g. 三级医院内分泌科主任医师.</summary>
    public string? Description { get; init; }

    /// <summary>Specialties, e.g. endocrinology.</summary>
    public IReadOnlyList<string>? Specialties { get; init; }

    /// <summary>Hospital tiers: tier3, tier2, tier1, community.</summary>
    public IReadOnlyList<string>? HospitalTiers { get; init; }

    /// <summary>Provinces or cities.</summary>
    public IReadOnlyList<string>? Regions { get; init; }

    /// <summary>Professional titles, e.g. 主任医师.</summary>
    public IReadOnlyList<string>? Titles { get; init; }
}
