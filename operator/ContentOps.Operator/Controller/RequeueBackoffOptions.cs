namespace ContentOps.Operator.Controller;

/// <summary>How failed reconciles are retried: per-key exponential backoff with jitter, limited overall by a token bucket.</summary>
internal sealed record RequeueBackoffOptions
{
    /// <summary>Delay after the first failure of a key; it doubles with every further failure.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(5);

    /// <summary>Upper bound of the per-key delay, jitter included.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Fraction (0–1) by which a delay is randomly shortened, so keys failing together do not retry together.</summary>
    public double JitterFactor { get; init; } = 0.2;

    /// <summary>Sustained retries per second across all keys.</summary>
    public double OverallRatePerSecond { get; init; } = 10;

    /// <summary>Retries allowed at once before the overall rate applies.</summary>
    public int OverallBurst { get; init; } = 100;

    /// <summary>Builds the limiter these options describe; the slower of the two limits wins.</summary>
    public IRequeueRateLimiter CreateLimiter(TimeProvider time, Random? random = null) => new MaxOfRateLimiter(
        new ExponentialBackoffRateLimiter(BaseDelay, MaxDelay, JitterFactor, random ?? Random.Shared),
        new TokenBucketRateLimiter(OverallRatePerSecond, OverallBurst, time));
}
