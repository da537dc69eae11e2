namespace ContentOps.Operator.Controller;

/// <summary>
/// What a reconciler returns; the controller turns it into the key's next schedule. A reconcile that throws is
/// treated as <see cref="Error(Exception)"/>.
/// </summary>
internal sealed record ReconcileResult
{
    private ReconcileResult(ReconcileOutcome outcome, TimeSpan after, string? reason, Exception? exception) =>
        (Outcome, After, Reason, Exception) = (outcome, after, reason, exception);

    /// <summary>Converged; nothing to do until something changes.</summary>
    public static ReconcileResult Done { get; } = new(ReconcileOutcome.Done, TimeSpan.Zero, null, null);

    public ReconcileOutcome Outcome { get; }

    /// <summary>The delay of <see cref="ReconcileOutcome.RequeueAfter"/>; zero otherwise.</summary>
    public TimeSpan After { get; }

    /// <summary>Why: shown in logs and in the "next" line of <c>contentops run</c>. Null only for <see cref="Done"/>.</summary>
    public string? Reason { get; }

    /// <summary>The failure behind an <see cref="ReconcileOutcome.Error"/>, if there was one.</summary>
    public Exception? Exception { get; }

    /// <summary>Look at the key again after <paramref name="after"/> (e.g. until <c>publishAt</c>).</summary>
    public static ReconcileResult RequeueAfter(TimeSpan after, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new(ReconcileOutcome.RequeueAfter, after, reason, null);
    }

    /// <summary>A transient failure, retried with backoff.</summary>
    public static ReconcileResult Error(string reason, Exception? exception = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new(ReconcileOutcome.Error, TimeSpan.Zero, reason, exception);
    }

    /// <summary>A transient failure, retried with backoff; the exception's message is the reason.</summary>
    public static ReconcileResult Error(Exception exception) =>
        new(ReconcileOutcome.Error, TimeSpan.Zero, exception.Message, exception);

    /// <summary>Cannot progress until the spec or a dependency changes; not retried.</summary>
    public static ReconcileResult Stalled(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new(ReconcileOutcome.Stalled, TimeSpan.Zero, reason, null);
    }
}
