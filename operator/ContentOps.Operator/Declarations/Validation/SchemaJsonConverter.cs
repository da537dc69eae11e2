using System.Text.Json.Nodes;
using ContentOps.Operator.Declarations.Yaml;
using k8s.Models;

namespace ContentOps.Operator.Declarations.Validation;

/// <summary>
/// Schema-guided YAML → JSON: each scalar becomes the JSON type its field declares, so <c>no</c> in a string
/// field stays "no" and <c>1.0</c> stays "1.0". Only called on documents the validator accepted.
/// </summary>
internal static class SchemaJsonConverter
{
    public static JsonNode? Convert(DocNode node, V1JSONSchemaProps schema) => (schema.Type, node) switch
    {
        ("object", DocMapping mapping) => ConvertObject(mapping, schema),
        ("array", DocSequence sequence) => new JsonArray(sequence.Items.Select(i => Convert(i, schema.Items as V1JSONSchemaProps ?? new())).ToArray()),
        (_, DocScalar { IsNull: true }) => null,
        ("boolean", DocScalar scalar) when ScalarParsing.TryBoolean(scalar, out var flag) => JsonValue.Create(flag),
        ("integer", DocScalar scalar) when ScalarParsing.TryInteger(scalar, out var integer) => JsonValue.Create(integer),
        ("number", DocScalar scalar) when ScalarParsing.TryNumber(scalar, out var number) => JsonValue.Create(number),
        (_, DocScalar scalar) => JsonValue.Create(scalar.Value),
        _ => null,
    };

    private static JsonObject ConvertObject(DocMapping mapping, V1JSONSchemaProps schema)
    {
        var result = new JsonObject();
        var additional = schema.AdditionalProperties as V1JSONSchemaProps;
        foreach (var entry in mapping.Entries)
        {
            var child = schema.Properties is { } properties && properties.TryGetValue(entry.Key.Value, out var property) ? property : additional;
            if (child is not null && Convert(entry.Value, child) is { } value)
            {
                result[entry.Key.Value] = value;
            }
        }

        return result;
    }
}
