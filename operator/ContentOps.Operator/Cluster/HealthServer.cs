using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Prometheus;

namespace ContentOps.Operator.Cluster;

/// <summary>
/// <c>/healthz</c> (the process serves), <c>/readyz</c> (every informer has listed: a replica with cold caches
/// must not take traffic or count as ready during a rollout) and <c>/metrics</c> (Prometheus text) on one port.
/// Readiness does not depend on leadership: a standby is healthy and ready to take over.
/// </summary>
internal sealed class HealthServer(Func<bool> ready, CollectorRegistry metrics, Func<bool> leading) : IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The bound port (useful when 0 was asked for).</summary>
    public int Port { get; private set; }

    public async Task StartAsync(IPAddress address, int port, ILogger logger, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(address, port));
        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Text("ok\n"));
        app.MapGet("/readyz", () => ready() ? Results.Text("ok\n") : Results.Text("informers not synced\n", statusCode: 503));
        app.MapGet("/metrics", async context =>
        {
            context.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
            context.Response.Headers["X-ContentOps-Leader"] = leading() ? "true" : "false";
            await metrics.CollectAndExportAsTextAsync(context.Response.Body, context.RequestAborted);
        });
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
        Port = new Uri(app.Urls.First()).Port;
        logger.Serving(Port);
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
