using ContentOps.Core.Api;
using ContentOps.Operator.Stores.Local;

namespace ContentOps.Operator.Stores.Kubernetes;

/// <summary>Where a kind lives on the API server (group, version, plural) and its CLR shape.</summary>
internal sealed record KindEndpoint(string Kind, string Plural, ResourceShape Shape)
{
    public string Group => ApiGroup.Group;

    public string Version => ApiGroup.Version;

    public static KindEndpoint For(Type resourceType)
    {
        var attribute = (ResourceAttribute?)Attribute.GetCustomAttribute(resourceType, typeof(ResourceAttribute))
            ?? throw new ArgumentException($"{resourceType.Name} has no [Resource] attribute.", nameof(resourceType));
        return new KindEndpoint(attribute.Kind, attribute.Plural, ResourceShape.Of(resourceType));
    }

    /// <summary>Every kind of <see cref="ResourceKinds.All"/>.</summary>
    public static IReadOnlyList<KindEndpoint> All { get; } = [.. ResourceKinds.All.Select(For)];
}
