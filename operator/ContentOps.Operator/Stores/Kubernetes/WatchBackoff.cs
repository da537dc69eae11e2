namespace ContentOps.Operator.Stores.Kubernetes;

/// <summary>Exponential backoff with jitter for one informer's list/watch loop; reset after a healthy watch.</summary>
internal sealed class WatchBackoff(InformerOptions options, Random random)
{
    private int _failures;

    public TimeSpan Next()
    {
        var exponent = Math.Min(_failures++, 16);
        var delay = Math.Min(options.MaxBackoff.TotalMilliseconds, options.InitialBackoff.TotalMilliseconds * Math.Pow(2, exponent));

        // Up to +50 %: informers of all replicas that lost the same server must not come back in lockstep.
        return TimeSpan.FromMilliseconds(Math.Min(options.MaxBackoff.TotalMilliseconds, delay * (1 + (random.NextDouble() * 0.5))));
    }

    public void Reset() => _failures = 0;
}
