using System.Text.Json;
using k8s;
using k8s.Models;

namespace ContentOps.Operator.Crds;

/// <summary>
/// Reads the untyped slots of <see cref="V1JSONSchemaProps"/> (<c>items</c>, <c>additionalProperties</c>): built
/// in code they hold a schema, read back from YAML or JSON a dictionary, a boolean or a string.
/// </summary>
internal static class SchemaNodes
{
    /// <summary>The slot as a schema, or null when it is empty or a boolean.</summary>
    public static V1JSONSchemaProps? AsSchema(object? value) => value switch
    {
        V1JSONSchemaProps schema => schema,
        null or bool or string => null,
        JsonElement { ValueKind: not JsonValueKind.Object } => null,
        _ => KubernetesYaml.Deserialize<V1JSONSchemaProps>(KubernetesYaml.Serialize(value)),
    };

    /// <summary>True when the slot is the boolean false, however it was read.</summary>
    public static bool IsFalse(object? value) => value switch
    {
        bool b => !b,
        string s => string.Equals(s, "false", StringComparison.OrdinalIgnoreCase),
        JsonElement { ValueKind: JsonValueKind.False } => true,
        _ => false,
    };
}
