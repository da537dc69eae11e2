using ContentOps.Core.Api;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Reconcilers;

/// <summary>
/// Base for the kinds whose reconcile is "observe and summarise" (everything but ContentPiece): compute the
/// status from the store, set Ready, write once when it changed.
/// </summary>
internal abstract class StatusReconciler<TResource>(IResourceStore store, TimeProvider time) : IReconciler
    where TResource : Resource
{
    public abstract string Kind { get; }

    protected IResourceStore Store => store;

    protected TimeProvider Time => time;

    public async Task<StepOutcome> ReconcileAsync(ResourceKey key, CancellationToken cancellationToken)
    {
        if (store.Get(key) is not TResource resource || resource.Metadata.DeletionTimestamp is not null)
        {
            return StepOutcome.Continue;
        }

        var previous = PreviousConditions(resource);
        var conditions = new ConditionSet(previous, resource.Metadata.Generation ?? 1, time.GetUtcNow());
        var status = await ObserveAsync(resource, conditions, cancellationToken);
        await store.UpdateStatusAsync(key, status, cancellationToken);
        return conditions.StatusOf(ConditionTypes.Stalled) == ConditionStatus.True
            ? StepOutcome.Stall(ConditionReasons.MissingDependency, "")
            : StepOutcome.Continue;
    }

    /// <summary>Builds the status; must set at least the Ready condition.</summary>
    protected abstract ResourceStatus Observe(TResource resource, ConditionSet conditions);

    /// <summary>Builds the status when observing needs I/O (reading profiles); by default <see cref="Observe"/>.</summary>
    protected virtual Task<ResourceStatus> ObserveAsync(TResource resource, ConditionSet conditions, CancellationToken cancellationToken) =>
        Task.FromResult(Observe(resource, conditions));

    protected abstract IReadOnlyList<Condition>? PreviousConditions(TResource resource);

    protected IEnumerable<T> InNamespace<T>(string kind, TResource resource) where T : Resource =>
        store.List(kind, resource.Metadata.EffectiveNamespace).OfType<T>();
}
