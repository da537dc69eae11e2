using ContentOps.Core.Analytics.Allocation;

namespace ContentOps.Core.Tests.Analytics;

public sealed class StandardNormalTests
{
    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.959964, 0.975)]
    [InlineData(-1.959964, 0.025)]
    [InlineData(-5.0, 2.8665e-7)]
    public void Cdf_MatchesTables(double t, double expected)
    {
        Assert.Equal(expected, StandardNormal.Cdf(t), expected * 1e-5);
    }

    [Theory]
    [InlineData(-40.0)]
    [InlineData(-8.0)]
    [InlineData(8.0)]
    public void TruncationFactors_StayFinite_InTheTails(double t)
    {
        Assert.True(double.IsFinite(StandardNormal.V(t)));
        Assert.InRange(StandardNormal.W(t), 0.0, 1.0);
    }
}
