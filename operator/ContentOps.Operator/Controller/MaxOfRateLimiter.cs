using ContentOps.Core.Api;

namespace ContentOps.Operator.Controller;

/// <summary>Combines limiters: a key waits as long as the slowest of them says.</summary>
internal sealed class MaxOfRateLimiter(params IRequeueRateLimiter[] limiters) : IRequeueRateLimiter
{
    public TimeSpan When(ResourceKey key)
    {
        // Every limiter is asked, not just until one says "wait": the token bucket must record the reservation.
        var delay = TimeSpan.Zero;
        foreach (var limiter in limiters)
        {
            var candidate = limiter.When(key);
            if (candidate > delay)
            {
                delay = candidate;
            }
        }

        return delay;
    }

    public int NumRequeues(ResourceKey key) => limiters.Max(limiter => limiter.NumRequeues(key));

    public void Forget(ResourceKey key)
    {
        foreach (var limiter in limiters)
        {
            limiter.Forget(key);
        }
    }

    public void ForgetAll()
    {
        foreach (var limiter in limiters)
        {
            limiter.ForgetAll();
        }
    }
}
