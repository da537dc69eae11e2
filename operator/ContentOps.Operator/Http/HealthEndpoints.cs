using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Prometheus;

namespace ContentOps.Operator.Http;

/// <summary>
/// <c>/healthz</c> (the process serves), <c>/readyz</c> (every informer has listed: a replica with cold caches must not
/// take traffic during a rollout; readiness does not depend on leadership) and <c>/metrics</c> (Prometheus text). No auth.
/// </summary>
internal static class HealthEndpoints
{
    public static void Map(WebApplication app, ApiBackends backends)
    {
        app.MapGet("/healthz", () => Results.Text("ok\n"));
        app.MapGet("/readyz", () => backends.Ready() ? Results.Text("ok\n") : Results.Text("informers not synced\n", statusCode: 503));
        if (backends.Metrics is not { } registry)
        {
            return;
        }

        app.MapGet("/metrics", async context =>
        {
            context.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
            if (backends.Leading is { } leading)
            {
                context.Response.Headers["X-ContentOps-Leader"] = leading() ? "true" : "false";
            }

            await registry.CollectAndExportAsTextAsync(context.Response.Body, context.RequestAborted);
        });
    }
}
