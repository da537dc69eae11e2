namespace ContentOps.Operator.Stores.Kubernetes;

/// <summary>Settings of the Kubernetes store, resolved once at start.</summary>
internal sealed record KubernetesStoreOptions
{
    /// <summary>
    /// The namespaces to watch, each with informers of its own (a Role per namespace suffices); empty watches all
    /// namespaces (needs cluster-wide RBAC).
    /// </summary>
    public IReadOnlyList<string> Namespaces { get; init; } = [];

    public InformerOptions Informer { get; init; } = new();

    /// <summary>
    /// Attempts of one status or finalizer write when the server answers 409. Bounded: after that the reconcile
    /// fails and the work queue retries it with backoff, reading the cache afresh.
    /// </summary>
    public int WriteAttempts { get; init; } = 5;

    /// <summary>Field manager named on every write, so managedFields show what ContentOps owns.</summary>
    public string FieldManager { get; init; } = "contentops";
}
