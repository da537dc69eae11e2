using ContentOps.Core.Api;

namespace ContentOps.Operator.Stores.Kubernetes;

/// <summary>One change of one cached object.</summary>
internal sealed record ResourceChange(ResourceKey Key, ResourceChangeKind Kind)
{
    /// <summary>Whether the controller should reconcile the key (everything but status-only changes).</summary>
    public bool NeedsReconcile => Kind != ResourceChangeKind.StatusChanged;
}
