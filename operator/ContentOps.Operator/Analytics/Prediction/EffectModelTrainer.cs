using System.Globalization;
using ContentOps.Core.Analytics.Prediction;

namespace ContentOps.Operator.Analytics.Prediction;

/// <summary>
/// One training of the effect model on stored sends: below <see cref="EffectModelSchedule.MinimumSends"/> the
/// baseline serves; otherwise a LightGBM candidate and the baseline are trained on the earlier sends and judged on
/// the latest (<see cref="EffectModelSchedule.HoldoutShare"/>, by time), and the candidate is promoted only when
/// <see cref="PromotionRule"/> says it does no worse; a promoted model is then retrained on every send. Unchanged
/// data (same digest) keeps the serving model and its version without training.
/// </summary>
internal static class EffectModelTrainer
{
    public const int Seed = 1;

    /// <summary>The result: the card to record, the LightGBM model to store (null for the baseline), and whether anything changed.</summary>
    public sealed record Outcome(EffectModelCard Card, LightGbmEngagementModel? Model, bool Changed);

    public static Outcome Train(IReadOnlyList<EngagementExample> examples, EffectModelCard? current, EffectModelSchedule schedule, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(schedule);
        var digest = LightGbmEngagementModel.DataDigest(examples);
        if (current is not null && current.DataDigest == digest)
        {
            return new Outcome(current, null, false);
        }

        var c = CultureInfo.InvariantCulture;
        var baselineVersion = "baseline-segment-channel-" + digest[..12];
        if (examples.Count < schedule.MinimumSends)
        {
            return new Outcome(new EffectModelCard
            {
                Version = baselineVersion,
                Kind = EffectModelKinds.Baseline,
                TrainedAt = now,
                Sends = examples.Count,
                DataDigest = digest,
                Reason = string.Create(c, $"model: baseline, {examples.Count} sends < {schedule.MinimumSends} needed"),
            }, null, true);
        }

        var cut = Math.Clamp((int)(examples.Count * (1 - schedule.HoldoutShare)), 1, examples.Count - 1);
        var (train, holdout) = (examples.Take(cut).ToList(), examples.Skip(cut).ToList());
        var candidate = LightGbmEngagementModel.Train(train, Seed);
        var baseline = new SegmentChannelBaseline(train);
        var actual = holdout.Select(e => e.Engaged).ToList();
        var modelMetrics = BinaryMetrics.Of(candidate.PredictMany(holdout.Select(e => e.Features)), actual);
        var baselineMetrics = BinaryMetrics.Of([.. holdout.Select(e => baseline.Predict(e.Features).Probability)], actual);
        var (promote, reason) = PromotionRule.Decide(modelMetrics, baselineMetrics, holdout.Count);
        var final = promote ? LightGbmEngagementModel.Train(examples, Seed) : null;
        return new Outcome(new EffectModelCard
        {
            Version = final?.ModelVersion ?? baselineVersion,
            Kind = promote ? EffectModelKinds.LightGbm : EffectModelKinds.Baseline,
            TrainedAt = now,
            Sends = examples.Count,
            DataDigest = digest,
            TrainRows = train.Count,
            HoldoutRows = holdout.Count,
            HoldoutFrom = holdout[0].SentAt,
            Model = modelMetrics,
            Baseline = baselineMetrics,
            CandidateVersion = LightGbmEngagementModel.VersionOf(digest, Seed, examples.Count),
            Reason = reason,
        }, final, true);
    }
}
