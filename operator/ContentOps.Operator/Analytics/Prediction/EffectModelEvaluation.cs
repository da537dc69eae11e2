using ContentOps.Core.Analytics.Prediction;

namespace ContentOps.Operator.Analytics.Prediction;

/// <summary>
/// Trains the effect model and the segment × channel baseline on the earlier part of a history and scores both
/// on the later part (a time-based holdout: the model never sees the future it is judged on).
/// </summary>
internal static class EffectModelEvaluation
{
    public sealed record Result(int TrainRows, int HoldoutRows, DateTimeOffset HoldoutFrom, string ModelVersion, BinaryMetrics Model, BinaryMetrics Baseline);

    public static Result Run(IReadOnlyList<EngagementExample> history, double holdoutShare = 0.2, int seed = 1)
    {
        var ordered = history.OrderBy(e => e.SentAt).ToList();
        var cut = (int)(ordered.Count * (1 - holdoutShare));
        var (train, holdout) = (ordered[..cut], ordered[cut..]);
        var model = LightGbmEngagementModel.Train(train, seed);
        var baseline = new SegmentChannelBaseline(train);
        var actual = holdout.Select(e => e.Engaged).ToList();
        var modelScores = model.PredictMany(holdout.Select(e => e.Features));
        var baselineScores = holdout.Select(e => baseline.Predict(e.Features).Probability).ToList();
        return new Result(train.Count, holdout.Count, holdout[0].SentAt, model.ModelVersion, BinaryMetrics.Of(modelScores, actual), BinaryMetrics.Of(baselineScores, actual));
    }
}
