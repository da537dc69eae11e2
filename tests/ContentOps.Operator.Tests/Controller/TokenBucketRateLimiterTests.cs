using ContentOps.Operator.Controller;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Operator.Tests.Controller;

public sealed class TokenBucketRateLimiterTests
{
    [Fact]
    public void When_AllowsBurst_ThenQueuesBehindTheRate()
    {
        var time = new FakeTimeProvider(ControllerFixture.Start);
        var bucket = new TokenBucketRateLimiter(ratePerSecond: 2, burst: 2, time);
        var key = ControllerFixture.Piece("a");

        var delays = Enumerable.Range(0, 4).Select(_ => bucket.When(key).TotalSeconds).ToArray();

        Assert.Equal([0, 0, 0.5, 1.0], delays);
    }

    [Fact]
    public void When_RefillsOverTime_UpToBurst()
    {
        var time = new FakeTimeProvider(ControllerFixture.Start);
        var bucket = new TokenBucketRateLimiter(ratePerSecond: 1, burst: 2, time);
        var key = ControllerFixture.Piece("a");
        bucket.When(key);
        bucket.When(key);

        time.Advance(TimeSpan.FromHours(1));

        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromSeconds(1)], Enumerable.Range(0, 3).Select(_ => bucket.When(key)));
    }

    [Fact]
    public void CombinedLimiter_WaitsForTheSlowerLimit()
    {
        var time = new FakeTimeProvider(ControllerFixture.Start);
        var limiter = new RequeueBackoffOptions { JitterFactor = 0, OverallRatePerSecond = 1, OverallBurst = 1 }.CreateLimiter(time);
        var (a, b) = (ControllerFixture.Piece("a"), ControllerFixture.Piece("b"));

        Assert.Equal(TimeSpan.FromMilliseconds(5), limiter.When(a));
        Assert.Equal(TimeSpan.FromSeconds(1), limiter.When(b));
        Assert.Equal(1, limiter.NumRequeues(b));
    }
}
