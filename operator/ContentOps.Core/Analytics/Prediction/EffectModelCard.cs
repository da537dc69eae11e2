namespace ContentOps.Core.Analytics.Prediction;

/// <summary>
/// The record of one training of the effect model, stored with it and shown in <c>status</c> and <c>plan</c>:
/// which model serves predictions, what it was trained on, how it did against the baseline on the time-based
/// holdout, and why it was (or was not) promoted.
/// </summary>
public sealed record EffectModelCard
{
    /// <summary>The version recorded with every prediction: <c>lgbm-</c> + digest of training data and parameters, or the baseline's.</summary>
    public required string Version { get; init; }

    /// <summary><c>lightgbm</c> when the LightGBM model serves, <c>baseline</c> when the segment × channel baseline does.</summary>
    public required string Kind { get; init; }

    public required DateTimeOffset TrainedAt { get; init; }

    /// <summary>Delivered sends with declared piece and channel that the training read.</summary>
    public required int Sends { get; init; }

    /// <summary>Digest of the training data (every example): the same data and parameters give the same version.</summary>
    public required string DataDigest { get; init; }

    public int TrainRows { get; init; }

    public int HoldoutRows { get; init; }

    /// <summary>The first send time of the holdout (the later part of the history).</summary>
    public DateTimeOffset? HoldoutFrom { get; init; }

    /// <summary>The LightGBM candidate on the holdout (null when too few sends to train).</summary>
    public BinaryMetrics? Model { get; init; }

    /// <summary>The segment × channel baseline on the same holdout.</summary>
    public BinaryMetrics? Baseline { get; init; }

    /// <summary>The candidate's version, also when it was not promoted.</summary>
    public string? CandidateVersion { get; init; }

    /// <summary>Why this model serves, in a sentence ("promoted: holdout AUC 0.71 ≥ baseline 0.65").</summary>
    public required string Reason { get; init; }

    /// <summary>True when the LightGBM model serves predictions.</summary>
    public bool Promoted => Kind == EffectModelKinds.LightGbm;
}
