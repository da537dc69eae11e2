using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace ContentOps.Core.Api;

/// <summary>What every resource has: apiVersion, kind and metadata.</summary>
public abstract class Resource
{
    /// <summary>Always <c>contentops.io/v1alpha1</c>.</summary>
    [Required]
    public string ApiVersion { get; init; } = ApiGroup.ApiVersion;

    /// <summary>The kind of resource.</summary>
    [Required]
    public string Kind { get; init; } = "";

    /// <summary>Name, namespace, labels and store-managed fields.</summary>
    [Required]
    public ObjectMeta Metadata { get; init; } = new();

    /// <summary>The key the work queue and stores use: kind/namespace/name.</summary>
    public ResourceKey Key => new(Kind, Metadata.EffectiveNamespace, Metadata.Name);

    // Reading attributes is reflection; loading 10,000 declarations asked for the kind of a type tens of thousands of times.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, string> _kinds = new();

    /// <summary>The kind declared by the <see cref="ResourceAttribute"/> of a resource type.</summary>
    public static string KindOf(Type resourceType) =>
        _kinds.GetOrAdd(resourceType, static type => type.GetCustomAttribute<ResourceAttribute>()?.Kind
            ?? throw new InvalidOperationException($"{type.Name} has no [Resource] attribute."));
}

/// <summary>A resource with a typed spec and status.</summary>
public abstract class Resource<TSpec, TStatus> : Resource
    where TSpec : new()
    where TStatus : ResourceStatus, new()
{
    /// <summary>The declared, desired state.</summary>
    [Required]
    public TSpec Spec { get; init; } = new();

    /// <summary>The observed state, written by the operator only.</summary>
    public TStatus? Status { get; set; }
}
