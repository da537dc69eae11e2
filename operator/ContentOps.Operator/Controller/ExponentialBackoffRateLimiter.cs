using ContentOps.Core.Api;

namespace ContentOps.Operator.Controller;

/// <summary>Per-key delay <c>base × 2^failures</c>, capped, shortened by up to <c>jitter</c> of itself.</summary>
internal sealed class ExponentialBackoffRateLimiter : IRequeueRateLimiter
{
    private readonly Lock _lock = new();
    private readonly Dictionary<ResourceKey, int> _failures = [];
    private readonly TimeSpan _baseDelay;
    private readonly TimeSpan _maxDelay;
    private readonly double _jitter;
    private readonly Random _random;

    public ExponentialBackoffRateLimiter(TimeSpan baseDelay, TimeSpan maxDelay, double jitter, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(baseDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDelay, baseDelay);
        ArgumentOutOfRangeException.ThrowIfNegative(jitter);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(jitter, 1.0);
        (_baseDelay, _maxDelay, _jitter, _random) = (baseDelay, maxDelay, jitter, random);
    }

    public TimeSpan When(ResourceKey key)
    {
        lock (_lock)
        {
            var failures = _failures.GetValueOrDefault(key);
            _failures[key] = failures + 1;

            // Computed in double so 2^failures cannot overflow before the cap applies; jitter only
            // shortens, so the cap holds and each step stays longer than the last while jitter < 0.5.
            var exponential = _baseDelay.TotalMilliseconds * Math.Pow(2, failures);
            var capped = Math.Min(exponential, _maxDelay.TotalMilliseconds);
            return TimeSpan.FromMilliseconds(capped * (1 - (_jitter * _random.NextDouble())));
        }
    }

    public int NumRequeues(ResourceKey key)
    {
        lock (_lock)
        {
            return _failures.GetValueOrDefault(key);
        }
    }

    public void Forget(ResourceKey key)
    {
        lock (_lock)
        {
            _failures.Remove(key);
        }
    }

    public void ForgetAll()
    {
        lock (_lock)
        {
            _failures.Clear();
        }
    }
}
