using System.Collections.Concurrent;
using System.Reflection;
using ContentOps.Core.Api;

namespace ContentOps.Operator.Stores.Local;

/// <summary>
/// What the store needs to know about a resource type: its spec and status members, and how to make a copy with
/// other metadata or status. Copies are shallow: specs are immutable records shared between the declared object
/// and the copies the store hands out.
/// </summary>
internal sealed class ResourceShape
{
    private static readonly ConcurrentDictionary<Type, ResourceShape> _shapes = new();

    // Metadata is init-only for callers; the store is the one writer of store-managed fields, and it only sets
    // them on fresh copies it owns (never on an object a caller holds).
    private static readonly PropertyInfo _metadata = typeof(Resource).GetProperty(nameof(Resource.Metadata))!;

    private static readonly Func<object, object> _memberwiseClone = typeof(object)
        .GetMethod("MemberwiseClone", BindingFlags.NonPublic | BindingFlags.Instance)!
        .CreateDelegate<Func<object, object>>();

    private readonly PropertyInfo _spec;
    private readonly PropertyInfo _status;

    private ResourceShape(Type type)
    {
        var generic = type;
        while (generic is not null && !(generic.IsGenericType && generic.GetGenericTypeDefinition() == typeof(Resource<,>)))
        {
            generic = generic.BaseType;
        }

        if (generic is null)
        {
            throw new ArgumentException($"{type.Name} does not derive from Resource<TSpec, TStatus>.", nameof(type));
        }

        Type = type;
        Kind = Resource.KindOf(type);
        StatusType = generic.GetGenericArguments()[1];
        _spec = generic.GetProperty("Spec")!;
        _status = generic.GetProperty("Status")!;
    }

    public Type Type { get; }

    public string Kind { get; }

    public Type StatusType { get; }

    public static ResourceShape Of(Type type) => _shapes.GetOrAdd(type, static t => new ResourceShape(t));

    public static ResourceShape OfKind(string kind) =>
        Of(ResourceKinds.Find(kind) ?? throw new InvalidDataException($"The state folder holds an unknown kind '{kind}'."));

    public object Spec(Resource resource) => _spec.GetValue(resource)!;

    public ResourceStatus? Status(Resource resource) => (ResourceStatus?)_status.GetValue(resource);

    /// <summary>A copy of <paramref name="resource"/> with other metadata and status.</summary>
    public Resource With(Resource resource, ObjectMeta metadata, ResourceStatus? status)
    {
        var copy = (Resource)_memberwiseClone(resource);
        _metadata.SetValue(copy, metadata);
        _status.SetValue(copy, status);
        return copy;
    }
}
