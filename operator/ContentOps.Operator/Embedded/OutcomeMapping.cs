using ContentOps.Operator.Controller;
using ContentOps.Operator.Reconcilers;

namespace ContentOps.Operator.Embedded;

/// <summary>Maps a reconcile pass's last step outcome onto the controller's requeue semantics.</summary>
internal static class OutcomeMapping
{
    public static ReconcileResult ToResult(StepOutcome outcome) => outcome.Kind switch
    {
        StepKind.Continue when outcome.After is { } after => ReconcileResult.RequeueAfter(after, outcome.Message),
        StepKind.Continue => ReconcileResult.Done,
        StepKind.Wait when outcome.After is { } after => ReconcileResult.RequeueAfter(after, outcome.Message.Length > 0 ? outcome.Message : outcome.Reason),
        StepKind.Wait => ReconcileResult.Done,
        StepKind.Stall => ReconcileResult.Stalled(outcome.Reason),
        _ => outcome.Error is { } error ? ReconcileResult.Error(outcome.Reason, error) : ReconcileResult.Error(outcome.Reason),
    };
}
