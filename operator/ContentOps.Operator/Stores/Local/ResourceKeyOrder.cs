using ContentOps.Core.Api;

namespace ContentOps.Operator.Stores.Local;

/// <summary>Orders keys of one kind by namespace, then name (ordinal), the order List returns.</summary>
internal sealed class ResourceKeyOrder : IComparer<ResourceKey>
{
    public static readonly ResourceKeyOrder Instance = new();

    public int Compare(ResourceKey x, ResourceKey y)
    {
        var byNamespace = string.CompareOrdinal(x.Namespace, y.Namespace);
        return byNamespace != 0 ? byNamespace : string.CompareOrdinal(x.Name, y.Name);
    }
}
