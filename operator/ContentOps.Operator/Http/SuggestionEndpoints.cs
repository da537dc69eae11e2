using System.Text.Json;
using ContentOps.Core.Distribution.Recommendation;
using ContentOps.Operator.Distribution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ContentOps.Operator.Http;

/// <summary>
/// <c>GET /v1/reps/{id}/suggestions</c> (the rep's ranked and standard lists) and <c>POST /v1/suggestions/{id}/feedback</c>
/// (executed, dismissed with a reason, completed), token or HMAC auth. Feedback changes later rankings.
/// </summary>
internal static class SuggestionEndpoints
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    private const string FeedbackShape =
        "send {\"rep\", \"hcp\", \"content\" (namespace/name), \"outcome\" (executed, dismissed or completed), \"reason\"}";

    public static void Map(WebApplication app, ApiBackends backends, ApiAuth auth)
    {
        app.MapGet("/v1/reps/{id}/suggestions", async (string id, HttpRequest request, CancellationToken cancellationToken) =>
        {
            if (!auth.Allows(request.Headers.Authorization, request.Headers[ApiAuth.SignatureHeader], []))
            {
                return ApiRequest.Error(401, auth.Refusal);
            }

            if (backends.Suggestions is not { } source)
            {
                return ApiRequest.Error(503, "suggestions are not served here");
            }

            using var errors = new StringWriter();
            var suggestions = await source.ForRepAsync(id, errors, cancellationToken);
            return suggestions is null
                ? ApiRequest.Error(503, errors.ToString().Trim())
                : Results.Text(SuggestionJson.Render(suggestions), "application/json; charset=utf-8");
        });
        app.MapPost("/v1/suggestions/{id}/feedback", async (string id, HttpRequest request, CancellationToken cancellationToken) =>
        {
            if (await ApiRequest.BodyAsync(request, cancellationToken) is not { } body)
            {
                return ApiRequest.TooLarge();
            }

            if (!auth.Allows(request.Headers.Authorization, request.Headers[ApiAuth.SignatureHeader], body))
            {
                return ApiRequest.Error(401, auth.Refusal);
            }

            if (backends.Suggestions is not { } source)
            {
                return ApiRequest.Error(503, "suggestions are not served here");
            }

            FeedbackBody? given;
            try
            {
                given = JsonSerializer.Deserialize<FeedbackBody>(body, _json);
            }
            catch (JsonException e)
            {
                return ApiRequest.Error(400, $"the body is not JSON ({e.Message.Split('.')[0]}); {FeedbackShape}");
            }

            if (given is null || string.IsNullOrWhiteSpace(given.Rep) || string.IsNullOrWhiteSpace(given.Hcp) || string.IsNullOrWhiteSpace(given.Content)
                || !SuggestionFeedback.Outcomes.Contains(given.Outcome))
            {
                return ApiRequest.Error(400, FeedbackShape);
            }

            if (given.Outcome == "dismissed" && string.IsNullOrWhiteSpace(given.Reason))
            {
                return ApiRequest.Error(400, "a dismissal needs a reason");
            }

            await source.Feedback.AddAsync(new SuggestionFeedback
            {
                SuggestionId = id,
                Rep = given.Rep!,
                Hcp = given.Hcp!,
                Content = given.Content!,
                Outcome = given.Outcome!,
                Reason = given.Reason,
                At = backends.Time.GetUtcNow(),
            }, cancellationToken);
            return Results.Json(new { recorded = id }, statusCode: 201);
        });
    }

    private sealed record FeedbackBody(string? Rep, string? Hcp, string? Content, string? Outcome, string? Reason);
}
