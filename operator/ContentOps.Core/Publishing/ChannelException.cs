namespace ContentOps.Core.Publishing;

/// <summary>A channel refused or could not be reached; retried with backoff unless <see cref="Permanent"/>.</summary>
public sealed class ChannelException(string message, bool permanent = false, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>True when a retry cannot help (4xx other than 408/429, a misconfigured endpoint).</summary>
    public bool Permanent { get; } = permanent;
}
