namespace ContentOps.Operator.Reconcilers;

/// <summary>The four ways a reconcile step can end.</summary>
internal enum StepKind
{
    Continue,
    Wait,
    Stall,
    Fail,
}
