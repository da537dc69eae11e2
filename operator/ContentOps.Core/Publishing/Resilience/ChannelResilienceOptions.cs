namespace ContentOps.Core.Publishing.Resilience;

/// <summary>Timeouts, retries and circuit breaking of channel calls; one set for every channel, bound at start.</summary>
public sealed record ChannelResilienceOptions
{
    /// <summary>One attempt.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>All attempts of one call together.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>Retries after the first attempt (transient failures only: 408, 429, 5xx, unreachable, timeouts).</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First backoff; doubles per retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A Retry-After longer than this is not waited out in the call: the channel is reported rate-limited instead.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Share of failed calls in <see cref="SamplingDuration"/> that opens the circuit.</summary>
    public double FailureRatio { get; init; } = 0.5;

    /// <summary>Calls needed in <see cref="SamplingDuration"/> before the circuit may open.</summary>
    public int MinimumThroughput { get; init; } = 4;

    public TimeSpan SamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit refuses calls before one trial call is let through.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);
}
