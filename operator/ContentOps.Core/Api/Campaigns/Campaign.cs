namespace ContentOps.Core.Api.Campaigns;

/// <summary>A campaign: one product's promotion to an audience over channels, with key messages and KPI targets.</summary>
[Resource("Campaign", "campaigns", "camp")]
[PrinterColumn("Product", "string", ".spec.product.name", "The promoted product.")]
[PrinterColumn("Pieces", "integer", ".status.pieces", "Content pieces that belong to the campaign.")]
[PrinterColumn("Published", "integer", ".status.published", "Pieces live on their channels.")]
[PrinterColumn("On track", "integer", ".status.objectivesOnTrack", "Objectives on track, from the stored engagement events.")]
[PrinterColumn("Ready", "string", ".status.conditions[?(@.type==\"Ready\")].status", "Whether every reference resolves.")]
[PrinterColumn("Age", "date", ".metadata.creationTimestamp", "Time since creation.")]
public sealed class Campaign : Resource<CampaignSpec, CampaignStatus>
{
    /// <summary>Creates an empty campaign with its kind set.</summary>
    public Campaign() => Kind = "Campaign";
}
