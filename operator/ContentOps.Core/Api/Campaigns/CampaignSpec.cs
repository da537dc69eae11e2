using System.ComponentModel.DataAnnotations;
using ContentOps.Core.Api.Channels;

namespace ContentOps.Core.Api.Campaigns;

/// <summary>What a campaign declares.</summary>
public sealed record CampaignSpec
{
    /// <summary>Human title, e.g. 康力平上市推广 2026.</summary>
    [Required]
    [MaxLength(200)]
    public string DisplayName { get; init; } = "";

    /// <summary>The promoted product as registered with NMPA.</summary>
    [Required]
    public Product Product { get; init; } = new();

    /// <summary>Therapeutic area, e.g. endocrinology.</summary>
    [Required]
    public string TherapeuticArea { get; init; } = "";

    /// <summary>Who the campaign addresses; pieces may narrow it.</summary>
    [Required]
    public AudienceSelector Audience { get; init; } = new();

    /// <summary>Key messages; pieces name the ones they carry.</summary>
    public IReadOnlyList<KeyMessage>? KeyMessages { get; init; }

    /// <summary>ClaimLibrary names (same namespace) whose approved claims the campaign's pieces may state.</summary>
    [Required]
    [MinLength(1)]
    public IReadOnlyList<string> ClaimLibraries { get; init; } = [];

    /// <summary>ChannelTarget names (same namespace) the campaign may publish to.</summary>
    [Required]
    [MinLength(1)]
    public IReadOnlyList<string> Channels { get; init; } = [];

    /// <summary>When the campaign runs; pieces must publish inside this window.</summary>
    public CampaignSchedule? Schedule { get; init; }

    /// <summary>Cross-channel frequency cap: at most count sends per HCP per interval over every channel of the campaign's pieces (with window rolling or calendar).</summary>
    public RateLimit? FrequencyCap { get; init; }

    /// <summary>How pieces reach each HCP: on every allowed channel (default) or on the one the allocator picks.</summary>
    public CampaignDistribution? Distribution { get; init; }

    /// <summary>KPI targets managers track on the dashboards.</summary>
    public IReadOnlyList<Objective>? Objectives { get; init; }

    /// <summary>Accountable brand or medical owner, for the audit log.</summary>
    public string? Owner { get; init; }
}
