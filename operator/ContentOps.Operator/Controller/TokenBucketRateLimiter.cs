using ContentOps.Core.Api;

namespace ContentOps.Operator.Controller;

/// <summary>
/// Overall retry budget shared by all keys (client-go's <c>BucketRateLimiter</c>): each retry reserves a token
/// and waits until the bucket has refilled enough to cover it.
/// </summary>
/// <remarks>
/// System.Threading.RateLimiting's token bucket neither takes a <see cref="TimeProvider"/> nor returns the delay
/// of a reservation, which is what a delayed requeue needs, so this small reservation bucket is used instead.
/// </remarks>
internal sealed class TokenBucketRateLimiter : IRequeueRateLimiter
{
    private readonly Lock _lock = new();
    private readonly double _ratePerSecond;
    private readonly int _burst;
    private readonly TimeProvider _time;
    private double _tokens;
    private DateTimeOffset _refilledAt;

    public TokenBucketRateLimiter(double ratePerSecond, int burst, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ratePerSecond, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1);
        (_ratePerSecond, _burst, _time) = (ratePerSecond, burst, time);
        _tokens = burst;
        _refilledAt = time.GetUtcNow();
    }

    public TimeSpan When(ResourceKey key)
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            var elapsed = Math.Max(0, (now - _refilledAt).TotalSeconds);
            _tokens = Math.Min(_burst, _tokens + (elapsed * _ratePerSecond));
            _refilledAt = now;

            // Tokens may go negative: the debt is what later reservations queue behind.
            _tokens -= 1;
            return _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / _ratePerSecond);
        }
    }

    public int NumRequeues(ResourceKey key) => 0;

    public void Forget(ResourceKey key)
    {
    }

    public void ForgetAll()
    {
    }
}
