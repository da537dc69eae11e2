using System.Collections.Concurrent;
using System.Text.Json;
using ContentOps.Core.Publishing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ContentOps.Operator.Tests.TestSupport;

/// <summary>
/// A real SMS gateway on 127.0.0.1 (Kestrel, port 0) for crash tests: verifies the HMAC signature, records every
/// POST with the recipient's mobile, deduplicates by Idempotency-Key (a resend of a key is answered with the same id
/// and not delivered again, as gateways do) and runs a hook before and after each answer.
/// </summary>
internal sealed class SmsGatewayReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<SmsDelivery> _deliveries = new();
    private readonly ConcurrentDictionary<string, string> _delivered = new(StringComparer.Ordinal);
    private int _count;

    private SmsGatewayReceiver(string secret, Func<SmsDelivery, ReceiverStage, Task>? hook)
    {
        _app = LoopbackApp.Create();
        _app.MapPost("/{**path}", async context =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            var body = buffer.ToArray();
            using var json = JsonDocument.Parse(body);
            var key = context.Request.Headers[WebhookChannel.IdempotencyHeader].ToString();
            var delivery = new SmsDelivery(
                Interlocked.Increment(ref _count),
                key,
                json.RootElement.GetProperty("mobile").GetString()!,
                json.RootElement.GetProperty("text").GetString()!,
                context.Request.Headers[WebhookChannel.SignatureHeader] == WebhookChannel.Sign(secret, body),
                Duplicate: !_delivered.TryAdd(key, "gw-" + key[..16]));
            _deliveries.Enqueue(delivery);
            if (hook is not null)
            {
                await hook(delivery, ReceiverStage.BeforeAnswer);
            }

            context.Response.StatusCode = delivery.SignatureValid ? StatusCodes.Status200OK : StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsJsonAsync(new { id = IdFor(key) });
            await context.Response.CompleteAsync();
            if (hook is not null)
            {
                await hook(delivery, ReceiverStage.AfterAnswer);
            }
        });
    }

    /// <summary>http://127.0.0.1:PORT/send</summary>
    public string Url { get; private set; } = "";

    public IReadOnlyList<SmsDelivery> Deliveries => [.. _deliveries.OrderBy(d => d.Number)];

    /// <summary>The gateway's message id for a key (what the sender must record as its receipt).</summary>
    public static string IdFor(string key) => "gw-" + key[..16];

    public static async Task<SmsGatewayReceiver> StartAsync(string secret, Func<SmsDelivery, ReceiverStage, Task>? hook = null)
    {
        var receiver = new SmsGatewayReceiver(secret, hook);
        receiver.Url = await LoopbackApp.StartAsync(receiver._app) + "/send";
        return receiver;
    }

    public ValueTask DisposeAsync() => LoopbackApp.StopAsync(_app);
}

/// <summary>One POST to the SMS gateway.</summary>
/// <param name="Duplicate">True when an earlier POST carried the same Idempotency-Key (the gateway did not deliver it again).</param>
internal sealed record SmsDelivery(int Number, string IdempotencyKey, string Mobile, string Text, bool SignatureValid, bool Duplicate);
