using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ContentOps.Operator.Analytics;

/// <summary>
/// Serves <c>POST /v1/events</c> on loopback for <c>contentops run --watch --events-port N</c>: 401 without a valid
/// token or signature, 400 for a body that is not a batch, 200 with accepted/duplicates/rejected otherwise.
/// </summary>
internal sealed class EventApiServer(EventBatchHandler handler, EventApiAuth auth) : IAsyncDisposable
{
    private WebApplication? _app;

    public int Port { get; private set; }

    public async Task StartAsync(int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.MapPost("/v1/events", HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
        Port = new Uri(app.Urls.First()).Port;
    }

    private async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (!auth.Allows(request.Headers.Authorization, request.Headers[EventApiAuth.SignatureHeader], buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))
        {
            return Results.Json(new
            {
                error = auth.Configured
                ? "not authorised: send Authorization: Bearer TOKEN or X-ContentOps-Signature: sha256=HMAC of the body"
                : $"the event API is closed: set {EventApiAuth.TokenVariable} or {EventApiAuth.HmacKeyVariable} where contentops runs"
            }, statusCode: 401);
        }

        var (status, body) = await handler.HandleAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken).ConfigureAwait(false);
        return Results.Json(body, statusCode: status);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
