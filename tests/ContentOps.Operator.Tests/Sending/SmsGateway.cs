using System.Collections.Concurrent;
using ContentOps.Core.Publishing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ContentOps.Operator.Tests.Sending;

/// <summary>A local SMS gateway on a given port: verifies the signature, deduplicates by Idempotency-Key, answers {"id"}.</summary>
internal sealed class SmsGateway(WebApplication app) : IAsyncDisposable
{
    public ConcurrentDictionary<string, string> Keys { get; } = new(StringComparer.Ordinal);

    public static async Task<SmsGateway> StartAsync(int port, string secret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var gateway = new SmsGateway(app);
        app.Run(async context =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            if (context.Request.Headers[WebhookChannel.SignatureHeader] != WebhookChannel.Sign(secret, buffer.ToArray()))
            {
                context.Response.StatusCode = 401;
                return;
            }

            var id = gateway.Keys.GetOrAdd(context.Request.Headers[WebhookChannel.IdempotencyHeader].ToString(), k => "gw-" + k[..8]);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($"{{\"id\":\"{id}\"}}");
        });
        await app.StartAsync();
        return gateway;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
