using ContentOps.Operator.Analytics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ContentOps.Operator.Http;

/// <summary>
/// <c>POST /v1/events</c>: a batch of engagement events (<see cref="EventBatchHandler"/>), token or HMAC auth. 401
/// without valid credentials, 400 for a body that is not a batch, 200 with accepted/duplicates/rejected otherwise.
/// </summary>
internal static class EventEndpoint
{
    public static void Map(WebApplication app, ApiBackends backends, ApiAuth auth) => app.MapPost("/v1/events", async (HttpRequest request, CancellationToken cancellationToken) =>
    {
        if (await ApiRequest.BodyAsync(request, cancellationToken) is not { } body)
        {
            return ApiRequest.TooLarge();
        }

        if (!auth.Allows(request.Headers.Authorization, request.Headers[ApiAuth.SignatureHeader], body))
        {
            return ApiRequest.Error(401, auth.Refusal);
        }

        if (backends.Events() is not { } store)
        {
            return ApiRequest.Error(503, "this replica does not hold the event store now; retry (the leader answers)");
        }

        var (status, answer) = await new EventBatchHandler(store, backends.Comments, backends.Time).HandleAsync(body, cancellationToken);
        return Results.Json(answer, statusCode: status);
    });
}
