using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using ContentOps.Core.Generation.Tones;
using Microsoft.Extensions.AI;

namespace ContentOps.Core.Generation;

/// <summary>
/// The optional model polish (generation.polish: model): sends only the connective prose of a composition (title,
/// opening, section prose, closing; never claims, label text, statements or references) to a chat client with the
/// tone profile's instruction and takes back the same JSON shape. The answer is rejected, and the deterministic
/// polish kept, when it is malformed, changes the number of sections, empties a field or states a number or
/// percentage the input prose did not have. Whatever is kept is reviewed like every rendition.
/// </summary>
public sealed partial class ModelPolisher(IChatClient chatClient)
{
    private const string Schema = """
        {"type":"object","additionalProperties":false,"required":["title","opening","sections","closing"],
         "properties":{"title":{"type":"string"},"opening":{"type":"string"},
           "sections":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["prose"],"properties":{"prose":{"type":"string"}}}},
           "closing":{"type":"string"}}}
        """;

    private static readonly ChatResponseFormat _format =
        ChatResponseFormat.ForJsonSchema(JsonDocument.Parse(Schema).RootElement.Clone(), "prose", "The same connective prose, polished.");

    /// <summary>Token usage of the last call, when the model reports it.</summary>
    public UsageDetails? LastUsage { get; private set; }

    /// <summary>The polished composition and what happened ("model", or "scene (model answer rejected: why)").</summary>
    public async Task<(Composition Composition, string Outcome)> PolishAsync(
        Composition composition, ToneProfile tone, ChatOptions? options, CancellationToken cancellationToken)
    {
        var input = ProseOf(composition);
        options = (options ?? new ChatOptions()).Clone();
        options.ResponseFormat = _format;
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System,
                "You polish the connective prose of pharmaceutical content. Tone: " + tone.Description + ". " +
                "Keep the meaning, the language and every fact; add no number, percentage, claim, promise or guarantee. " +
                "Answer only with JSON of exactly the input's shape: the same number of sections, every field a string."),
            new(ChatRole.User, JsonSerializer.Serialize(input, CompositionJson.Options)),
        };
        var response = await chatClient.GetResponseAsync(messages, options, cancellationToken);
        LastUsage = response.Usage;
        var (output, why) = Check(input, response.Text);
        return output is null ? (composition, $"scene (model answer rejected: {why})") : (Apply(composition, output), "model");
    }

    /// <summary>The answer if it keeps the contract, else null and why not.</summary>
    internal static (ProseSet? Output, string Why) Check(ProseSet input, string answer)
    {
        ProseSet? output;
        try
        {
            output = JsonSerializer.Deserialize<ProseSet>(Unfence(answer), CompositionJson.Options);
        }
        catch (JsonException e)
        {
            return (null, $"not the prose JSON ({e.Message})");
        }

        if (output?.Sections is null || output.Sections.Any(s => s is null))
        {
            return (null, "not the prose JSON");
        }

        if (output.Sections.Count != input.Sections.Count)
        {
            return (null, $"{output.Sections.Count} sections instead of {input.Sections.Count}");
        }

        var pairs = new List<(string? In, string? Out)> { (input.Title, output.Title), (input.Opening, output.Opening), (input.Closing, output.Closing) };
        pairs.AddRange(input.Sections.Zip(output.Sections, (i, o) => (i.Prose, o.Prose)));
        if (pairs.Any(p => !string.IsNullOrWhiteSpace(p.In) && string.IsNullOrWhiteSpace(p.Out)))
        {
            return (null, "a field was emptied");
        }

        var known = Numbers(pairs.Select(p => p.In)).ToHashSet(StringComparer.Ordinal);
        var added = Numbers(pairs.Select(p => p.Out)).Where(n => !known.Contains(n)).Distinct(StringComparer.Ordinal).ToList();
        return added.Count > 0 ? (null, "introduced " + string.Join(", ", added)) : (output, "");
    }

    private static ProseSet ProseOf(Composition c) => new()
    {
        Title = c.Title,
        Opening = c.Opening,
        Sections = [.. c.Sections.Select(s => new ProseSection { Prose = s.Prose })],
        Closing = c.Closing,
    };

    /// <summary>Takes the polished prose where the input had prose; claims and headings stay as they were.</summary>
    private static Composition Apply(Composition c, ProseSet p)
    {
        static string? Take(string? before, string? after) => before is null ? null : after!.Trim();
        return c with
        {
            Title = Take(c.Title, p.Title),
            Opening = Take(c.Opening, p.Opening),
            Closing = Take(c.Closing, p.Closing),
            Sections = [.. c.Sections.Zip(p.Sections, (s, q) => s with { Prose = string.IsNullOrWhiteSpace(s.Prose) ? s.Prose : q.Prose!.Trim() })],
        };
    }

    private static IEnumerable<string> Numbers(IEnumerable<string?> texts) =>
        texts.Where(t => t is not null)
            .SelectMany(t => Number().Matches(t!.Replace('％', '%')).Select(m => Regex.Replace(m.Value, @"[,\s]", "")));

    private static string Unfence(string text)
    {
        var json = text.Trim();
        if (!json.StartsWith("```", StringComparison.Ordinal))
        {
            return json;
        }

        var start = json.IndexOf('\n');
        var end = json.LastIndexOf("```", StringComparison.Ordinal);
        return start > 0 && end > start ? json[(start + 1)..end].Trim() : json;
    }

    /// <summary>Digits (full-width folded by \d), with decimals, thousands separators and a trailing percent sign.</summary>
    [GeneratedRegex(@"\d+(?:[.,]\d+)*\s*%?")]
    private static partial Regex Number();

    internal sealed record ProseSet
    {
        [JsonPropertyName("title")]
        public string? Title { get; init; }

        [JsonPropertyName("opening")]
        public string? Opening { get; init; }

        [JsonPropertyName("sections")]
        public IReadOnlyList<ProseSection> Sections { get; init; } = [];

        [JsonPropertyName("closing")]
        public string? Closing { get; init; }
    }

    internal sealed record ProseSection
    {
        [JsonPropertyName("prose")]
        public string? Prose { get; init; }
    }
}
