using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentOps.Core.Distribution.Recommendation;

namespace ContentOps.Operator.Distribution;

/// <summary>Suggestions as JSON (CLI <c>--format json</c> and the HTTP API) and as text lines.</summary>
internal static class SuggestionJson
{
    private static readonly JsonSerializerOptions _options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(RepSuggestions suggestions) => new JsonObject
    {
        ["rep"] = suggestions.Rep,
        ["suggestions"] = new JsonArray([.. suggestions.All.Select(Node)]),
    }.ToJsonString(_options) + "\n";

    public static string Text(RepSuggestions suggestions, DateTimeOffset now)
    {
        var lines = new List<string>
        {
            $"Suggestions for {suggestions.Rep} at {now:yyyy-MM-dd HH:mm zzz}: {suggestions.Ranked.Count} ranked, {suggestions.Standard.Count} standard (personalisation opt-out).",
        };
        lines.AddRange(suggestions.All.Select(s =>
            $"{s.Priority,3}  {s.Hcp}  {s.Action}  {s.Content}  {s.Channel}  {(s.Score is { } score ? "score " + score.ToString("0.00", CultureInfo.InvariantCulture) : "standard")}  until {s.ExpiresAt:yyyy-MM-dd}  {s.Id}  {s.Reason}"));
        return string.Join('\n', lines) + "\n";
    }

    private static JsonNode Node(Suggestion s) => new JsonObject
    {
        ["id"] = s.Id,
        ["hcp"] = s.Hcp,
        ["action"] = s.Action,
        ["content"] = s.Content.ToString(),
        ["channel"] = s.Channel,
        ["reason"] = s.Reason,
        ["priority"] = s.Priority,
        ["score"] = s.Score,
        ["personalized"] = s.Personalized,
        ["expiresAt"] = s.ExpiresAt.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
    };
}
