using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContentOps.Operator.Stores.Local;

/// <summary>
/// Writes string maps (labels, matchLabels) with keys in ordinal order, so reordering labels in YAML
/// changes neither a hash nor the generation.
/// </summary>
internal sealed class SortedStringMapConverter : JsonConverter<IReadOnlyDictionary<string, string>>
{
    public override IReadOnlyDictionary<string, string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected a JSON object of strings.");
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString() ?? throw new JsonException("Expected a property name.");
            reader.Read();
            map[key] = reader.GetString() ?? "";
        }

        return map;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, string> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in value.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.WriteString(key, item);
        }

        writer.WriteEndObject();
    }
}
