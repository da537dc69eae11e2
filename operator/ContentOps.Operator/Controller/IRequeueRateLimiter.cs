using ContentOps.Core.Api;

namespace ContentOps.Operator.Controller;

/// <summary>Decides how long a failed key waits before it is retried (client-go's <c>RateLimiter</c>).</summary>
internal interface IRequeueRateLimiter
{
    /// <summary>Records one more failure of <paramref name="key"/> and returns how long it must wait.</summary>
    TimeSpan When(ResourceKey key);

    /// <summary>How many failures have been recorded for <paramref name="key"/> since it was last forgotten.</summary>
    int NumRequeues(ResourceKey key);

    /// <summary>Resets the failure history of <paramref name="key"/> (after a success or a stall).</summary>
    void Forget(ResourceKey key);

    /// <summary>Resets every key (after leadership is lost).</summary>
    void ForgetAll();
}
