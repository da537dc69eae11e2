namespace ContentOps.Operator.Stores.Kubernetes;

/// <summary>Timing of list and watch; the defaults follow client-go's reflector.</summary>
internal sealed record InformerOptions
{
    /// <summary>Items per LIST page.</summary>
    public int PageSize { get; init; } = 500;

    /// <summary>
    /// Each watch asks the server to end it after a random time in [min, max] (timeoutSeconds), so a silently dead
    /// connection (half-open TCP, a proxy that stopped forwarding) is replaced within minutes, and replicas do not
    /// reconnect in step.
    /// </summary>
    public TimeSpan MinWatchTimeout { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan MaxWatchTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long after timeoutSeconds the client gives up on its own: a server or proxy that ignores timeoutSeconds
    /// must not hold a dead watch forever.
    /// </summary>
    public TimeSpan WatchDeadlineGrace { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>First delay after a failed list or watch; doubles up to <see cref="MaxBackoff"/>, with jitter.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(800);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A watch that ends cleanly is reopened at once, unless it lasted less than this: then it backs off, so a proxy
    /// that closes every watch immediately cannot turn the informer into a request loop.
    /// </summary>
    public TimeSpan MinHealthyWatch { get; init; } = TimeSpan.FromSeconds(1);
}
