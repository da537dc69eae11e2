using System.Globalization;

namespace ContentOps.Core.Analytics.Prediction;

/// <summary>
/// Whether a trained LightGBM candidate may replace what serves: only when it does not do worse than the segment ×
/// channel baseline on the time-based holdout, by ranking (AUC) and by calibration (expected calibration error, with
/// a tolerance for the sampling noise of the error on the holdout: 1/√rows, at least 0.01).
/// </summary>
public static class PromotionRule
{
    /// <param name="model">The candidate on the holdout.</param>
    /// <param name="baseline">The baseline on the same holdout.</param>
    /// <param name="holdoutRows">Sends in the holdout (sets the calibration tolerance).</param>
    public static (bool Promote, string Reason) Decide(BinaryMetrics model, BinaryMetrics baseline, int holdoutRows = 10_000)
    {
        var tolerance = CalibrationTolerance(holdoutRows);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(baseline);
        var c = CultureInfo.InvariantCulture;
        if (model.Auc < baseline.Auc)
        {
            return (false, string.Create(c, $"not promoted: holdout AUC {model.Auc:0.000} < baseline {baseline.Auc:0.000}"));
        }

        if (model.CalibrationError > baseline.CalibrationError + tolerance)
        {
            return (false, string.Create(c, $"not promoted: holdout calibration error {model.CalibrationError:0.000} > baseline {baseline.CalibrationError:0.000} + {tolerance:0.000}"));
        }

        return (true, string.Create(c, $"promoted: holdout AUC {model.Auc:0.000} ≥ baseline {baseline.Auc:0.000}, calibration error {model.CalibrationError:0.000} vs {baseline.CalibrationError:0.000}"));
    }

    /// <summary>How much worse the candidate's calibration error may be: about the error's sampling noise, 1/√rows, at least 0.01.</summary>
    public static double CalibrationTolerance(int holdoutRows) => Math.Max(0.01, 1 / Math.Sqrt(Math.Max(1, holdoutRows)));
}
