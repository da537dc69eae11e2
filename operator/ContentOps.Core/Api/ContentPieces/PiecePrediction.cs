namespace ContentOps.Core.Api.ContentPieces;

/// <summary>What the effect model predicts for one send of the piece on one channel to one segment, recorded with the model's version.</summary>
public sealed record PiecePrediction
{
    /// <summary>ChannelTarget name.</summary>
    public string Channel { get; init; } = "";

    /// <summary>Audience segment the prediction is for, or (all) when the piece names none.</summary>
    public string Segment { get; init; } = "";

    /// <summary>Predicted engagement probability (opened, read or clicked) of one send at <c>at</c> (0–1).</summary>
    public double Probability { get; init; }

    /// <summary>The send time predicted for: the piece's publishAt (the reconcile time when it has none), in the channel's time zone.</summary>
    public DateTimeOffset? At { get; init; }

    /// <summary>The local whole hour (07–22) the model rates best for this channel and segment, when better than <c>at</c>.</summary>
    public int? BestHour { get; init; }

    /// <summary>The model that made the prediction: lgbm-… (LightGBM) or baseline-segment-channel-… .</summary>
    public string ModelVersion { get; init; } = "";

    /// <summary>True when the segment × channel baseline served (too few stored sends, or LightGBM did no better on the holdout).</summary>
    public bool Baseline { get; init; }
}
