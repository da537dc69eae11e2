using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using ContentOps.Core.Publishing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ContentOps.Operator.Tests.TestSupport;

/// <summary>
/// A local CRM webhook on 127.0.0.1 (Kestrel, port 0): verifies the HMAC signature over the exact body, records
/// every POST and keeps one item per Idempotency-Key, as a CRM does.
/// </summary>
internal sealed class CrmReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(bool SignatureValid, string Key, JsonNode Body)> _requests = new();
    private readonly ConcurrentDictionary<string, JsonNode> _items = new(StringComparer.Ordinal);

    private CrmReceiver(string secret)
    {
        _app = LoopbackApp.Create();
        _app.MapPost("/{**path}", async context =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            var body = buffer.ToArray();
            var key = context.Request.Headers[WebhookChannel.IdempotencyHeader].ToString();
            var valid = context.Request.Headers[WebhookChannel.SignatureHeader] == WebhookChannel.Sign(secret, body);
            var json = JsonNode.Parse(Encoding.UTF8.GetString(body))!;
            _requests.Enqueue((valid, key, json));
            if (!valid)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            _items.TryAdd(key, json);
            await context.Response.WriteAsJsonAsync(new { id = $"crm-{key[..12]}" });
        });
    }

    /// <summary>http://127.0.0.1:PORT/items</summary>
    public string Url { get; private set; } = "";

    public IReadOnlyList<(bool SignatureValid, string Key, JsonNode Body)> Requests => [.. _requests];

    /// <summary>The items the CRM holds, one per idempotency key.</summary>
    public IReadOnlyList<JsonNode> Items => [.. _items.Values];

    public static async Task<CrmReceiver> StartAsync(string secret)
    {
        var receiver = new CrmReceiver(secret);
        receiver.Url = await LoopbackApp.StartAsync(receiver._app) + "/items";
        return receiver;
    }

    public ValueTask DisposeAsync() => LoopbackApp.StopAsync(_app);
}
