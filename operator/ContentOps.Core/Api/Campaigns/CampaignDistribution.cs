using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Campaigns;

/// <summary>How the campaign's pieces reach each HCP.</summary>
public sealed record CampaignDistribution
{
    /// <summary>
    /// every (default): an HCP gets a piece on every one of its channels the hard rules allow. best: on one of them
    /// only; the learning allocator picks it among the channels the rules allow for that HCP (consent, contact point,
    /// caps, quiet hours, schedule), else the first allowed in the piece's order; the others are skipped naming the
    /// chosen channel, and once the content went to (or was attempted on) a channel no other channel gets it.
    /// </summary>
    [AllowedValues(EveryChannel, BestChannel)]
    public string? Channels { get; init; }

    /// <summary>Send on every allowed channel.</summary>
    public const string EveryChannel = "every";

    /// <summary>Send on one allowed channel per HCP and piece.</summary>
    public const string BestChannel = "best";
}
