using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContentOps.Core.Digests;

namespace ContentOps.Core.Publishing;

/// <summary>
/// Publishes by HTTP POST of a JSON event, signed with HMAC-SHA256 over the exact body (header
/// <c>X-ContentOps-Signature: sha256=&lt;hex&gt;</c>) and carrying <c>Idempotency-Key</c> so receivers drop resends.
/// </summary>
public sealed class WebhookChannel(HttpClient http, TimeProvider time) : IChannelAdapter
{
    public const string SignatureHeader = "X-ContentOps-Signature";
    public const string IdempotencyHeader = "Idempotency-Key";

    public string Type => "webhook";

    public async Task<PublishReceipt> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var payload = new WebhookEvent("publish", request.Piece, request.Channel.Metadata.Name, request.ContentDigest,
            request.IdempotencyKey, request.Rendition.Format, request.Rendition.Segment, request.Rendition.Title, request.Rendition.Body, null);
        var response = await SendAsync(request.Channel.Spec.Endpoint, payload, request.Secret, cancellationToken);
        return new PublishReceipt(await ExternalIdAsync(response, request.IdempotencyKey, cancellationToken), time.GetUtcNow());
    }

    public async Task WithdrawAsync(WithdrawRequest request, CancellationToken cancellationToken)
    {
        var payload = new WebhookEvent("withdraw", request.Piece, request.Channel.Metadata.Name, null,
            request.IdempotencyKey, null, null, null, null, request.Reason);
        using var _ = await SendAsync(request.Channel.Spec.Endpoint, payload, request.Secret, cancellationToken);
    }

    /// <summary>The signature a receiver recomputes to verify a delivery.</summary>
    public static string Sign(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    private async Task<HttpResponseMessage> SendAsync(string endpoint, WebhookEvent payload, string? secret, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(payload, ContentDigest.CanonicalJson);
        using var message = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        message.Headers.Add(IdempotencyHeader, payload.IdempotencyKey);
        if (secret is not null)
        {
            message.Headers.Add(SignatureHeader, Sign(secret, body));
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(message, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new ChannelException($"Webhook {endpoint} is unreachable: {e.Message}", permanent: false, e);
        }

        if (!response.IsSuccessStatusCode)
        {
            var status = response.StatusCode;
            response.Dispose();
            var permanent = (int)status is >= 400 and < 500 && status is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests);
            throw new ChannelException($"Webhook {endpoint} answered {(int)status} {status}.", permanent);
        }

        return response;
    }

    private static async Task<string> ExternalIdAsync(HttpResponseMessage response, string fallback, CancellationToken cancellationToken)
    {
        using (response)
        {
            if (response.Headers.Location is { } location)
            {
                return location.ToString();
            }

            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            try
            {
                using var json = JsonDocument.Parse(text);
                if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("id", out var id))
                {
                    return id.ToString();
                }
            }
            catch (JsonException)
            {
                // A receiver that answers with plain text is fine; the idempotency key identifies the delivery.
            }

            return fallback;
        }
    }
}
