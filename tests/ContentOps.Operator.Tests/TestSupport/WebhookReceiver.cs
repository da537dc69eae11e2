using System.Collections.Concurrent;
using System.Text.Json;
using ContentOps.Core.Publishing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ContentOps.Operator.Tests.TestSupport;

/// <summary>
/// A real HTTP receiver on 127.0.0.1 (Kestrel, port 0) that behaves like a webhook consumer: it verifies the
/// HMAC signature over the exact body, records every POST and deduplicates by Idempotency-Key (a resend of a
/// key it already has is answered 200 and not applied again). A hook runs before and after each answer.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _secret;
    private readonly Func<WebhookDelivery, ReceiverStage, Task>? _hook;
    private readonly ConcurrentQueue<WebhookDelivery> _deliveries = new();
    private readonly ConcurrentDictionary<(string Event, string Key), int> _applied = new();
    private int _count;

    private WebhookReceiver(string secret, Func<WebhookDelivery, ReceiverStage, Task>? hook)
    {
        _secret = secret;
        _hook = hook;
        _app = LoopbackApp.Create();
        _app.MapPost("/{**path}", ReceiveAsync);
    }

    /// <summary>http://127.0.0.1:PORT</summary>
    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<WebhookDelivery> Deliveries => [.. _deliveries.OrderBy(d => d.Number)];

    /// <summary>Publications in effect: distinct idempotency keys of publish events.</summary>
    public IReadOnlyList<string> PublishedKeys => [.. _applied.Keys.Where(k => k.Event == "publish").Select(k => k.Key).Order(StringComparer.Ordinal)];

    public IReadOnlyList<WebhookDelivery> Events(string name) => [.. Deliveries.Where(d => d.Event == name)];

    public static async Task<WebhookReceiver> StartAsync(string secret, Func<WebhookDelivery, ReceiverStage, Task>? hook = null)
    {
        var receiver = new WebhookReceiver(secret, hook);
        receiver.BaseUrl = await LoopbackApp.StartAsync(receiver._app);
        return receiver;
    }

    public ValueTask DisposeAsync() => LoopbackApp.StopAsync(_app);

    private async Task ReceiveAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var key = context.Request.Headers[WebhookChannel.IdempotencyHeader].ToString();
        var name = root.GetProperty("event").GetString()!;
        var signature = context.Request.Headers[WebhookChannel.SignatureHeader].ToString();
        var delivery = new WebhookDelivery(
            Interlocked.Increment(ref _count),
            context.Request.Path.Value ?? "",
            name,
            key,
            root.GetProperty("piece").GetString()!,
            Optional(root, "contentDigest"),
            Optional(root, "body"),
            Optional(root, "reason"),
            signature == WebhookChannel.Sign(_secret, body),
            Duplicate: !_applied.TryAdd((name, key), 1));
        _deliveries.Enqueue(delivery);
        if (_hook is not null)
        {
            await _hook(delivery, ReceiverStage.BeforeAnswer);
        }

        context.Response.StatusCode = delivery.SignatureValid ? StatusCodes.Status200OK : StatusCodes.Status401Unauthorized;
        await context.Response.WriteAsJsonAsync(new { id = $"msg-{key[..12]}" });
        await context.Response.CompleteAsync();
        if (_hook is not null)
        {
            await _hook(delivery, ReceiverStage.AfterAnswer);
        }
    }

    private static string? Optional(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
