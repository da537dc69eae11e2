namespace ContentOps.Operator.Reconcilers;

/// <summary>
/// What one reconcile step decided. Continue moves to the next step; Wait ends the pass until a person or the
/// clock acts; Stall needs a spec change; Fail is an error retried with backoff. A policy rejection is a Wait
/// on a verdict (ReviewFailed), never an exception.
/// </summary>
internal sealed record StepOutcome(StepKind Kind, string Reason, string Message, TimeSpan? After = null, Exception? Error = null)
{
    public static readonly StepOutcome Continue = new(StepKind.Continue, "", "");

    public static StepOutcome Wait(string reason, string message, TimeSpan? after = null) => new(StepKind.Wait, reason, message, after);

    public static StepOutcome Stall(string reason, string message) => new(StepKind.Stall, reason, message);

    public static StepOutcome Fail(string reason, string message, Exception? error = null) => new(StepKind.Fail, reason, message, null, error);
}
