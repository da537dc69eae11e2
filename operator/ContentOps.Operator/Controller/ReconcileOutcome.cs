namespace ContentOps.Operator.Controller;

/// <summary>What the controller does with a key after one reconcile.</summary>
internal enum ReconcileOutcome
{
    /// <summary>Converged: backoff is reset and the key waits for the next change.</summary>
    Done,

    /// <summary>Look again after a delay (a schedule, a slow dependency); backoff is reset.</summary>
    RequeueAfter,

    /// <summary>A transient failure: retried with per-key exponential backoff.</summary>
    Error,

    /// <summary>Cannot progress until the spec or a dependency changes: not retried.</summary>
    Stalled,
}
