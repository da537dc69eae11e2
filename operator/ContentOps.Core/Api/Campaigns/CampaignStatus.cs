namespace ContentOps.Core.Api.Campaigns;

/// <summary>Observed state of a campaign.</summary>
public sealed class CampaignStatus : ResourceStatus
{
    /// <summary>Number of pieces that name this campaign.</summary>
    public int? Pieces { get; init; }

    /// <summary>Number of those pieces that are published.</summary>
    public int? Published { get; init; }

    /// <summary>Number of those pieces waiting for approval.</summary>
    public int? AwaitingApproval { get; init; }
}
