namespace ContentOps.Core.Analytics.Prediction;

/// <summary>The kinds of effect model that can serve predictions.</summary>
public static class EffectModelKinds
{
    /// <summary>The LightGBM gradient-boosted trees over every feature.</summary>
    public const string LightGbm = "lightgbm";

    /// <summary>The smoothed segment × channel rate (too few sends, or the LightGBM candidate did worse on the holdout).</summary>
    public const string Baseline = "baseline";
}
