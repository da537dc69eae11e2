using System.Text.Encodings.Web;
using System.Text.Json;

namespace ContentOps.Core.Generation;

/// <summary>Reads and writes the <see cref="Composition"/> JSON a generator answers with.</summary>
public static class CompositionJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The JSON schema of the answer, sent to models as the response format.</summary>
    public const string Schema = """
        {"type":"object","additionalProperties":false,"required":["title","opening","sections","closing"],
         "properties":{
           "title":{"type":"string","maxLength":64},
           "opening":{"type":"string"},
           "sections":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["heading","prose","claims"],
             "properties":{"heading":{"type":"string"},"prose":{"type":"string"},"claims":{"type":"array","items":{"type":"string"}}}}},
           "closing":{"type":"string"}}}
        """;

    /// <summary>
    /// Parses a generator's answer (a JSON object, optionally inside a ```json fence); anything else is a
    /// <see cref="GenerationException"/> naming what was wrong.
    /// </summary>
    public static Composition Parse(string text)
    {
        var json = text.Trim();
        if (json.StartsWith("```", StringComparison.Ordinal))
        {
            var start = json.IndexOf('\n');
            var end = json.LastIndexOf("```", StringComparison.Ordinal);
            json = start > 0 && end > start ? json[(start + 1)..end].Trim() : json;
        }

        try
        {
            return JsonSerializer.Deserialize<Composition>(json, Options)
                ?? throw new GenerationException("The generator answered null instead of a composition.");
        }
        catch (JsonException e)
        {
            throw new GenerationException($"The generator's answer is not the composition JSON ({e.Message}).", e);
        }
    }
}
