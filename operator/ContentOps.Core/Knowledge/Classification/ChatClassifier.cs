using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace ContentOps.Core.Knowledge.Classification;

/// <summary>
/// Classification by a language model (when one is configured): one prompt per text listing every dimension's
/// classes with their examples; the model answers JSON <c>{"dimension": {"class": "...", "confidence": 0.9}}</c>.
/// A class the taxonomy does not have, or an answer that is not JSON, falls back to the embedded classifier.
/// </summary>
public sealed class ChatClassifier(IChatClient client, Taxonomy taxonomy, EmbeddedClassifier fallback) : IKnowledgeClassifier
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<Classification>> ClassifyAsync(string text, CancellationToken cancellationToken = default)
    {
        var embedded = fallback.Classify(text);
        ChatResponse response;
        try
        {
            response = await client.GetResponseAsync(
                [new ChatMessage(ChatRole.System, Instructions()), new ChatMessage(ChatRole.User, text)],
                new ChatOptions { Temperature = 0, ResponseFormat = ChatResponseFormat.Json },
                cancellationToken);
        }
        catch (HttpRequestException)
        {
            return embedded;
        }

        return [.. embedded.Select(e => FromAnswer(response.Text, e) ?? e)];
    }

    private Classification? FromAnswer(string answer, Classification embedded)
    {
        try
        {
            using var json = JsonDocument.Parse(answer);
            if (!json.RootElement.TryGetProperty(embedded.Dimension, out var element)
                || element.GetProperty("class").GetString() is not { } id
                || !taxonomy.Dimensions.First(d => d.Name == embedded.Dimension).Classes.Any(c => c.Id == id))
            {
                return null;
            }

            var confidence = element.TryGetProperty("confidence", out var c) && c.TryGetDouble(out var value) ? Math.Clamp(value, 0, 1) : 0.5;
            return new Classification(embedded.Dimension, id, confidence, "model");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return null;
        }
    }

    private string Instructions()
    {
        var prompt = new StringBuilder("Classify the user's text (pharmaceutical source material) in every dimension below. ");
        prompt.Append("Answer only JSON: {\"<dimension>\": {\"class\": \"<class id>\", \"confidence\": <0..1>}, ...}.\n");
        foreach (var dimension in taxonomy.Dimensions)
        {
            prompt.Append($"\n{dimension.Name}: {dimension.Description}\n");
            foreach (var @class in dimension.Classes)
            {
                prompt.Append($"- {@class.Id}: e.g. {string.Join(" / ", @class.Examples.Take(2))}\n");
            }
        }

        return prompt.ToString();
    }
}
