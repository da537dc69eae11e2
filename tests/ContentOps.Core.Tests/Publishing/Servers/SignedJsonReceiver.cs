using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ContentOps.Core.Publishing;
using Microsoft.AspNetCore.Http;

namespace ContentOps.Core.Tests.Publishing.Servers;

/// <summary>
/// A local SMS gateway or CRM webhook: checks the HMAC signature, deduplicates by Idempotency-Key (as real receivers
/// do), answers <c>{"id": …}</c>; tests queue status codes (with Retry-After) for the next requests.
/// </summary>
internal sealed class SignedJsonReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<(HttpStatusCode Status, int? RetryAfter)> _script = new();
    private readonly ConcurrentDictionary<string, string> _ids = new(StringComparer.Ordinal);
    private LocalHttpServer? _http;

    public required string Secret { get; init; }

    public string Url => _http!.BaseUrl + "/send";

    /// <summary>Every request: signature valid, idempotency key, JSON body.</summary>
    public ConcurrentQueue<(bool SignatureValid, string Key, JsonNode Body)> Requests { get; } = new();

    /// <summary>Distinct keys that were accepted (what the receiver acted on).</summary>
    public IReadOnlyCollection<string> Accepted => [.. _ids.Keys];

    public static async Task<SignedJsonReceiver> StartAsync(string secret)
    {
        var receiver = new SignedJsonReceiver { Secret = secret };
        receiver._http = await LocalHttpServer.StartAsync(receiver.HandleAsync);
        return receiver;
    }

    public void Answer(HttpStatusCode status, int? retryAfterSeconds = null) => _script.Enqueue((status, retryAfterSeconds));

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var key = context.Request.Headers[WebhookChannel.IdempotencyHeader].ToString();
        var valid = context.Request.Headers[WebhookChannel.SignatureHeader] == WebhookChannel.Sign(Secret, body);
        Requests.Enqueue((valid, key, JsonNode.Parse(Encoding.UTF8.GetString(body))!));
        if (_script.TryDequeue(out var scripted))
        {
            context.Response.StatusCode = (int)scripted.Status;
            if (scripted.RetryAfter is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return;
        }

        if (!valid)
        {
            context.Response.StatusCode = 401;
            return;
        }

        var id = _ids.GetOrAdd(key, _ => $"gw-{_ids.Count + 1}");
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($"{{\"id\":\"{id}\"}}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_http is not null)
        {
            await _http.DisposeAsync();
        }
    }
}
