using System.Collections.Concurrent;
using ContentOps.Operator.Declarations.Schema;
using k8s.Models;

namespace ContentOps.Operator.Declarations.Validation;

/// <summary>The schema of each kind, built once per loader from the same builder that writes the CRDs.</summary>
internal sealed class ResourceSchemas
{
    private readonly Lazy<ResourceSchemaBuilder> _builder = new(ResourceSchemaBuilder.ForCoreApi);
    private readonly ConcurrentDictionary<Type, V1JSONSchemaProps> _schemas = new();

    public V1JSONSchemaProps For(Type resourceType) => _schemas.GetOrAdd(resourceType, t => _builder.Value.Build(t));
}
