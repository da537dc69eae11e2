namespace ContentOps.Core.Api.Campaigns;

/// <summary>
/// The effect model that ranks the campaign's sends and suggestions, as the campaign's last reconcile saw it: which
/// model serves, how it did against the baseline on the time-based holdout, and what it predicts for the campaign.
/// </summary>
public sealed record EngagementModelStatus
{
    /// <summary>The model version recorded with every prediction: lgbm-… (LightGBM) or baseline-segment-channel-… (the baseline).</summary>
    public string Version { get; init; } = "";

    /// <summary>lightgbm when the LightGBM model serves, baseline when the segment × channel baseline does.</summary>
    public string Kind { get; init; } = "";

    /// <summary>When the serving model was trained.</summary>
    public DateTimeOffset? TrainedAt { get; init; }

    /// <summary>Delivered sends (stored engagement) it was trained on.</summary>
    public int? Sends { get; init; }

    /// <summary>The LightGBM candidate's AUC on the holdout (the latest 20 % of sends), when one was trained.</summary>
    public double? HoldoutAuc { get; init; }

    /// <summary>The segment × channel baseline's AUC on the same holdout.</summary>
    public double? BaselineAuc { get; init; }

    /// <summary>Why this model serves, e.g. "model: baseline, 37 sends &lt; 500 needed".</summary>
    public string Reason { get; init; } = "";

    /// <summary>Mean predicted engagement per send over the campaign's pieces × channels × segments at their publish time (0–1).</summary>
    public double? PredictedEngagement { get; init; }
}
