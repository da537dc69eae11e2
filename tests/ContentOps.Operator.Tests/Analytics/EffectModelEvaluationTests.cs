using ContentOps.Core.Analytics.Prediction;
using ContentOps.Core.Analytics.Simulation;
using ContentOps.Operator.Analytics.Prediction;

namespace ContentOps.Operator.Tests.Analytics;

public sealed class EffectModelEvaluationTests
{
    private static readonly DateTimeOffset _start = new(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Model_BeatsTheSegmentChannelBaseline_OnATimeBasedHoldout()
    {
        var history = new EngagementHistoryGenerator(7).Generate(15_000, _start, 180);

        var result = EffectModelEvaluation.Run(history, seed: 7);

        Assert.True(result.Model.Auc > result.Baseline.Auc + 0.05, $"model AUC {result.Model.Auc:F3} vs baseline {result.Baseline.Auc:F3}");
        Assert.True(result.Model.CalibrationError < 0.02, $"calibration error {result.Model.CalibrationError:F4}");
        Assert.True(result.HoldoutFrom >= history.OrderBy(e => e.SentAt).ElementAt(result.TrainRows - 1).SentAt, "the holdout is later than every training send");
    }

    [Fact]
    public void EveryPrediction_CarriesTheModelVersion_WhichNamesTheTrainingWindow()
    {
        var history = new EngagementHistoryGenerator(3).Generate(2_000, _start, 60);
        var model = LightGbmEngagementModel.Train(history);
        var other = LightGbmEngagementModel.Train(history.Take(1_500).ToList());

        var prediction = model.Predict(history[0].Features);

        Assert.Equal(model.ModelVersion, prediction.ModelVersion);
        Assert.StartsWith("lgbm-", model.ModelVersion, StringComparison.Ordinal);
        Assert.NotEqual(model.ModelVersion, other.ModelVersion);
        Assert.InRange(prediction.Probability, 0, 1);
    }

    [Fact]
    public void Metrics_RankPerfectly_AndFlagMiscalibration()
    {
        var perfect = BinaryMetrics.Of([0.1, 0.2, 0.8, 0.9], [false, false, true, true]);
        var overconfident = BinaryMetrics.Of([0.9, 0.9, 0.9, 0.9], [true, false, false, false]);

        Assert.Equal(1.0, perfect.Auc);
        Assert.Equal(0.5, overconfident.Auc);
        Assert.Equal(0.65, overconfident.CalibrationError, 6);
    }
}
