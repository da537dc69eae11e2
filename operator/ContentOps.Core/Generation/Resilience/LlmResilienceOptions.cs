namespace ContentOps.Core.Generation.Resilience;

/// <summary>How calls to a model endpoint are bounded: per-attempt timeout, retries with exponential backoff, concurrent calls.</summary>
public sealed record LlmResilienceOptions
{
    /// <summary>Longest one call may take before it is abandoned and retried.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries after the first attempt for transient failures (429, 5xx, network errors, timeouts).</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>Delay before the first retry; doubles per retry, at most 30 seconds.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Calls in flight to the endpoint at once; further calls wait.</summary>
    public int MaxConcurrency { get; init; } = 4;
}
