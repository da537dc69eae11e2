namespace ContentOps.Core.Publishing;

/// <summary>
/// A channel refused or could not be reached; retried with backoff unless <see cref="Permanent"/>. Messages name the
/// channel and what to do, never a secret, token or URL query.
/// </summary>
public sealed class ChannelException(string message, bool permanent = false, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>True when a retry cannot help (4xx other than 408/429, a misconfigured endpoint, an IP not whitelisted).</summary>
    public bool Permanent { get; } = permanent;

    /// <summary>True when the channel said "too many" (HTTP 429, WeChat 45009/45011): the channel's other sends wait too.</summary>
    public bool RateLimited { get; init; }

    /// <summary>When the channel said to come back (Retry-After, a quota window), if it did.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>True when the channel's circuit is open: the endpoint failed repeatedly and is not called for a while.</summary>
    public bool EndpointDown { get; init; }
}
