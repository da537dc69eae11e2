using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace ContentOps.Operator.Http;

/// <summary>
/// The one HTTP API of <c>contentops run --watch --api-port N</c> and of the operator (<c>--health-port</c>): health,
/// metrics, engagement events, rep suggestions and feedback, one-click unsubscribe and channel callbacks, behind one
/// token/HMAC scheme (<see cref="ApiAuth"/>; callbacks are signed by the channel's own secret, unsubscribe links carry
/// their send's key). Errors are JSON <c>{"error": "..."}</c> sentences that never contain a secret.
/// </summary>
internal sealed class ApiServer(ApiBackends backends, ApiAuth auth) : IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The bound port (useful when 0 was asked for).</summary>
    public int Port { get; private set; }

    public bool AuthConfigured => auth.Configured;

    public async Task StartAsync(IPAddress address, int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(address, port);
            kestrel.Limits.MaxRequestBodySize = ApiRequest.MaxBody;
        });
        var app = builder.Build();
        HealthEndpoints.Map(app, backends);
        EventEndpoint.Map(app, backends, auth);
        SuggestionEndpoints.Map(app, backends, auth);
        UnsubscribeEndpoint.Map(app, backends);
        SmsReceiptEndpoint.Map(app, backends);
        WeChatEventEndpoint.Map(app, backends, backends.WeChatToken);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
        Port = new Uri(app.Urls.First()).Port;
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
