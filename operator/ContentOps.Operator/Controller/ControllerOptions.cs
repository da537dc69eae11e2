namespace ContentOps.Operator.Controller;

/// <summary>Settings of the <see cref="ControllerHost"/>.</summary>
internal sealed record ControllerOptions
{
    private readonly int _workers = 2;

    /// <summary>Keys reconciled at once, across all kinds (controller-runtime's MaxConcurrentReconciles).</summary>
    public int Workers
    {
        get => _workers;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _workers = value;
        }
    }

    /// <summary>How failed reconciles are retried.</summary>
    public RequeueBackoffOptions Backoff { get; init; } = new();
}
