using ContentOps.Core.Api;

namespace ContentOps.Operator.Reconcilers;

/// <summary>Reconciles one kind. Returns how the pass ended; writes at most one status.</summary>
internal interface IReconciler
{
    string Kind { get; }

    Task<StepOutcome> ReconcileAsync(ResourceKey key, CancellationToken cancellationToken);
}
