namespace ContentOps.Core.Analytics.Allocation;

/// <summary>
/// Prior mean and variance of the probit weights per feature group. The bias starts at probit(≈7%), a typical
/// HCP engagement rate (DOMAIN.md §3), with wide uncertainty; main effects may move a rate several-fold, pairs
/// less, and the per-cell residual least, so the model explains with shared effects first.
/// </summary>
public sealed record ProbitPriors(double BiasMean, double BiasVariance, double MainVariance, double PairVariance, double CellVariance)
{
    public static ProbitPriors Default { get; } = new(-1.5, 0.5, 0.2, 0.1, 0.05);

    internal (double Mean, double Variance) For(ProbitFeatureMap.Group group) => group switch
    {
        ProbitFeatureMap.Group.Bias => (BiasMean, BiasVariance),
        ProbitFeatureMap.Group.Segment or ProbitFeatureMap.Group.Variant or ProbitFeatureMap.Group.Channel or ProbitFeatureMap.Group.Hour => (0, MainVariance),
        ProbitFeatureMap.Group.Cell => (0, CellVariance),
        _ => (0, PairVariance),
    };
}
