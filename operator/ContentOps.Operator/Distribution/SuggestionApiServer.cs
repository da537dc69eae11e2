using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContentOps.Core.Distribution.Recommendation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ContentOps.Operator.Distribution;

/// <summary>
/// The rep-suggestion API of <c>contentops run --watch --api-port N</c> on loopback: <c>GET /v1/reps/{id}/suggestions</c>
/// and <c>POST /v1/suggestions/{id}/feedback</c>, both requiring <c>Authorization: Bearer</c> the token in
/// <see cref="TokenVariable"/> (closed with 401 while it is unset). Feedback changes later rankings.
/// </summary>
internal sealed class SuggestionApiServer(SuggestionService service, string? token, TimeProvider time) : IAsyncDisposable
{
    public const string TokenVariable = "CONTENTOPS_API_TOKEN";

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);
    private WebApplication? _app;

    public int Port { get; private set; }

    public async Task StartAsync(int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.MapGet("/v1/reps/{id}/suggestions", SuggestionsAsync);
        app.MapPost("/v1/suggestions/{id}/feedback", FeedbackAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
        Port = new Uri(app.Urls.First()).Port;
    }

    private async Task<IResult> SuggestionsAsync(string id, HttpRequest request, CancellationToken cancellationToken)
    {
        if (Unauthorised(request) is { } denied)
        {
            return denied;
        }
        using var errors = new StringWriter();
        var suggestions = await service.ForRepAsync(id, null, TextWriter.Null, errors, cancellationToken).ConfigureAwait(false);
        return suggestions is null
            ? Results.Json(new { error = errors.ToString().Trim() }, statusCode: 503)
            : Results.Text(SuggestionJson.Render(suggestions), "application/json; charset=utf-8");
    }

    private async Task<IResult> FeedbackAsync(string id, HttpRequest request, CancellationToken cancellationToken)
    {
        if (Unauthorised(request) is { } denied)
        {
            return denied;
        }
        FeedbackBody? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<FeedbackBody>(request.Body, _json, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            body = null;
        }
        if (body is null || string.IsNullOrWhiteSpace(body.Rep) || string.IsNullOrWhiteSpace(body.Hcp) || string.IsNullOrWhiteSpace(body.Content)
            || !SuggestionFeedback.Outcomes.Contains(body.Outcome))
        {
            return Results.Json(new { error = "send {\"rep\", \"hcp\", \"content\" (namespace/name), \"outcome\" (executed, dismissed or completed), \"reason\"}" }, statusCode: 400);
        }
        if (body.Outcome == "dismissed" && string.IsNullOrWhiteSpace(body.Reason))
        {
            return Results.Json(new { error = "a dismissal needs a reason" }, statusCode: 400);
        }
        var feedback = new SuggestionFeedback { SuggestionId = id, Rep = body.Rep!, Hcp = body.Hcp!, Content = body.Content!, Outcome = body.Outcome!, Reason = body.Reason, At = time.GetUtcNow() };
        await service.Feedback.AddAsync(feedback, cancellationToken).ConfigureAwait(false);
        return Results.Json(new { recorded = id }, statusCode: 201);
    }

    private IResult? Unauthorised(HttpRequest request)
    {
        if (string.IsNullOrEmpty(token))
        {
            return Results.Json(new { error = $"the suggestion API is closed: set {TokenVariable} where contentops runs" }, statusCode: 401);
        }
        var given = request.Headers.Authorization.ToString();
        var expected = "Bearer " + token;
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected))
            ? null
            : Results.Json(new { error = "not authorised: send Authorization: Bearer TOKEN" }, statusCode: 401);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private sealed record FeedbackBody(string? Rep, string? Hcp, string? Content, string? Outcome, string? Reason);
}
