using ContentOps.Operator.Controller;

namespace ContentOps.Operator.Tests.Controller;

public sealed class ExponentialBackoffRateLimiterTests
{
    private static readonly TimeSpan _base = TimeSpan.FromMilliseconds(5);

    [Fact]
    public void When_DoublesDelayPerFailure()
    {
        var limiter = new ExponentialBackoffRateLimiter(_base, TimeSpan.FromMinutes(5), jitter: 0, new Random(1));
        var key = ControllerFixture.Piece("a");

        var delays = Enumerable.Range(0, 5).Select(_ => limiter.When(key).TotalMilliseconds).ToArray();

        Assert.Equal([5, 10, 20, 40, 80], delays);
        Assert.Equal(5, limiter.NumRequeues(key));
    }

    [Fact]
    public void When_IsCapped_EvenAfterManyFailures()
    {
        var cap = TimeSpan.FromSeconds(1);
        var limiter = new ExponentialBackoffRateLimiter(_base, cap, jitter: 0, new Random(1));
        var key = ControllerFixture.Piece("a");

        var delays = Enumerable.Range(0, 2000).Select(_ => limiter.When(key)).ToArray();

        Assert.All(delays, delay => Assert.InRange(delay, TimeSpan.Zero, cap));
        Assert.Equal(cap, delays[^1]);
    }

    [Fact]
    public void When_JittersWithinBounds_AndStillGrows()
    {
        var cap = TimeSpan.FromMinutes(5);
        var limiter = new ExponentialBackoffRateLimiter(_base, cap, jitter: 0.2, new Random(42));
        var key = ControllerFixture.Piece("a");
        var previous = TimeSpan.Zero;
        var jittered = 0;

        for (var failure = 0; failure < 14; failure++)
        {
            var nominal = TimeSpan.FromMilliseconds(Math.Min(5 * Math.Pow(2, failure), cap.TotalMilliseconds));
            var delay = limiter.When(key);

            Assert.InRange(delay, nominal * 0.8, nominal);
            Assert.True(delay > previous, $"delay {delay} after {previous}");
            jittered += delay < nominal ? 1 : 0;
            previous = delay;
        }

        Assert.True(jittered >= 10, $"only {jittered} of 14 delays were jittered");
    }

    [Fact]
    public void Forget_ResetsToBaseDelay_ForThatKeyOnly()
    {
        var limiter = new ExponentialBackoffRateLimiter(_base, TimeSpan.FromMinutes(5), jitter: 0, new Random(1));
        var (a, b) = (ControllerFixture.Piece("a"), ControllerFixture.Piece("b"));
        limiter.When(a);
        limiter.When(a);
        limiter.When(b);

        limiter.Forget(a);

        Assert.Equal((0, 1), (limiter.NumRequeues(a), limiter.NumRequeues(b)));
        Assert.Equal(_base, limiter.When(a));
        Assert.Equal(_base * 2, limiter.When(b));
    }
}
