namespace ContentOps.Core.Api;

/// <summary>Identifies one resource: kind, namespace and name.</summary>
public readonly record struct ResourceKey(string Kind, string Namespace, string Name)
{
    /// <summary>Formats as <c>Kind/namespace/name</c>.</summary>
    public override string ToString() => $"{Kind}/{Namespace}/{Name}";
}
