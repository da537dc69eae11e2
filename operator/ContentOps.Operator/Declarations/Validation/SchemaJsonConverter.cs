using System.Buffers;
using System.Text.Json;
using ContentOps.Operator.Declarations.Yaml;
using k8s.Models;

namespace ContentOps.Operator.Declarations.Validation;

/// <summary>
/// Schema-guided YAML → JSON: each scalar becomes the JSON type its field declares, so <c>no</c> in a string
/// field stays "no" and <c>1.0</c> stays "1.0". Only called on documents the validator accepted. Writes UTF-8
/// straight away (no JSON DOM in between: loading 10,000 declarations spent a large share of its time building one).
/// </summary>
internal static class SchemaJsonConverter
{
    /// <summary>The JSON of a root mapping, without the root properties named in <paramref name="omit"/>.</summary>
    public static ReadOnlyMemory<byte> ToUtf8(DocMapping root, V1JSONSchemaProps schema, params string[] omit)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteObject(writer, root, schema, omit);
        }

        return buffer.WrittenMemory;
    }

    private static void WriteObject(Utf8JsonWriter writer, DocMapping mapping, V1JSONSchemaProps schema, string[] omit)
    {
        writer.WriteStartObject();
        var additional = schema.AdditionalProperties as V1JSONSchemaProps;
        foreach (var entry in mapping.Entries)
        {
            var child = schema.Properties is { } properties && properties.TryGetValue(entry.Key.Value, out var property) ? property : additional;
            if (child is not null && !IsNull(entry.Value, child) && Array.IndexOf(omit, entry.Key.Value) < 0)
            {
                writer.WritePropertyName(entry.Key.Value);
                Write(writer, entry.Value, child);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Whether a node converts to nothing (a null, or a shape its schema does not describe): the property is left out.</summary>
    private static bool IsNull(DocNode node, V1JSONSchemaProps schema) => (schema.Type, node) switch
    {
        ("object", DocMapping) or ("array", DocSequence) => false,
        (_, DocScalar scalar) => scalar.IsNull,
        _ => true,
    };

    private static void Write(Utf8JsonWriter writer, DocNode node, V1JSONSchemaProps schema)
    {
        switch (schema.Type, node)
        {
            case ("object", DocMapping mapping):
                WriteObject(writer, mapping, schema, []);
                break;
            case ("array", DocSequence sequence):
                writer.WriteStartArray();
                var items = schema.Items as V1JSONSchemaProps ?? new();
                foreach (var item in sequence.Items)
                {
                    Write(writer, item, items);
                }

                writer.WriteEndArray();
                break;
            case (_, DocScalar { IsNull: true }):
                writer.WriteNullValue();
                break;
            case ("boolean", DocScalar scalar) when ScalarParsing.TryBoolean(scalar, out var flag):
                writer.WriteBooleanValue(flag);
                break;
            case ("integer", DocScalar scalar) when ScalarParsing.TryInteger(scalar, out var integer):
                writer.WriteNumberValue(integer);
                break;
            case ("number", DocScalar scalar) when ScalarParsing.TryNumber(scalar, out var number):
                writer.WriteNumberValue(number);
                break;
            case (_, DocScalar scalar):
                writer.WriteStringValue(scalar.Value);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
