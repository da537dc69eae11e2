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

    /// <summary>Each declared objective's actual value from the stored engagement events, and whether it is on track.</summary>
    public IReadOnlyList<ObjectiveStatus>? Objectives { get; init; }

    /// <summary>Number of objectives on track, e.g. for a printer column.</summary>
    public int? ObjectivesOnTrack { get; init; }

    /// <summary>The effect model that ranks the campaign's sends and suggestions (its version, holdout AUC against the baseline) and its predicted engagement; absent before a model is trained.</summary>
    public EngagementModelStatus? EngagementModel { get; init; }

    /// <summary>Median days from a piece's brief (first declared) to its first publication, over the published pieces.</summary>
    public double? CycleTimeDays { get; init; }
}
