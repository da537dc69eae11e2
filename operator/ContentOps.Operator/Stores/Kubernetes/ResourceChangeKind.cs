namespace ContentOps.Operator.Stores.Kubernetes;

/// <summary>What changed about an object in an informer cache.</summary>
internal enum ResourceChangeKind
{
    /// <summary>New in the cache (first list, a create, or seen again after a relist).</summary>
    Added,

    /// <summary>A change a reconciler must look at: spec (generation), labels, or the start of deletion.</summary>
    SpecChanged,

    /// <summary>Only status, finalizers or other bookkeeping changed: no reconcile, or status writes would loop.</summary>
    StatusChanged,

    /// <summary>Gone from the server.</summary>
    Deleted,
}
