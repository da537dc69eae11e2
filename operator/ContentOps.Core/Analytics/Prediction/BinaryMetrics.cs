namespace ContentOps.Core.Analytics.Prediction;

/// <summary>Ranking and calibration of predicted probabilities against outcomes.</summary>
/// <param name="Auc">Area under the ROC curve (Mann–Whitney, ties counted half).</param>
/// <param name="Brier">Mean squared error of the probabilities.</param>
/// <param name="CalibrationError">Expected calibration error over ten equal-width probability bins.</param>
/// <param name="MeanPredicted">Mean predicted probability.</param>
/// <param name="ObservedRate">Observed engagement rate.</param>
public sealed record BinaryMetrics(double Auc, double Brier, double CalibrationError, double MeanPredicted, double ObservedRate)
{
    public static BinaryMetrics Of(IReadOnlyList<double> predicted, IReadOnlyList<bool> actual)
    {
        var n = predicted.Count;
        var order = Enumerable.Range(0, n).OrderBy(i => predicted[i]).ToArray();
        double rankSumPositive = 0;
        for (var i = 0; i < n;)
        {
            var j = i;
            while (j + 1 < n && predicted[order[j + 1]] == predicted[order[i]])
            {
                j++;
            }

            var averageRank = ((i + j) / 2.0) + 1;
            for (var k = i; k <= j; k++)
            {
                rankSumPositive += actual[order[k]] ? averageRank : 0;
            }

            i = j + 1;
        }

        double positives = actual.Count(a => a), negatives = n - positives;
        var auc = positives == 0 || negatives == 0 ? 0.5 : (rankSumPositive - (positives * (positives + 1) / 2)) / (positives * negatives);
        var brier = Enumerable.Range(0, n).Average(i => Math.Pow(predicted[i] - (actual[i] ? 1 : 0), 2));
        var ece = Enumerable.Range(0, n).GroupBy(i => Math.Min(9, (int)(predicted[i] * 10)))
            .Sum(bin => bin.Count() / (double)n * Math.Abs(bin.Average(i => predicted[i]) - bin.Average(i => actual[i] ? 1.0 : 0.0)));
        return new BinaryMetrics(auc, brier, ece, predicted.Average(), positives / n);
    }
}
