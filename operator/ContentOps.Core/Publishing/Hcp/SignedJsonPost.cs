using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ContentOps.Core.Digests;
using ContentOps.Core.Publishing.Resilience;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ContentOps.Core.Publishing.Hcp;

/// <summary>
/// A JSON POST signed like the webhook channel (HMAC-SHA256 over the exact body in <c>X-ContentOps-Signature</c>,
/// <c>Idempotency-Key</c> for deduplication) through the channel's pipeline, with the one mapping of failures:
/// 429 → rate-limited, 408/5xx/unreachable → transient, other 4xx → permanent, open circuit → endpoint down.
/// </summary>
public static class SignedJsonPost
{
    public static async Task<JsonDocument?> SendAsync(
        HttpClient http, string channel, string endpoint, object payload, string idempotencyKey, string? secret, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var body = JsonSerializer.SerializeToUtf8Bytes(payload, ContentDigest.CanonicalJson);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookChannel.IdempotencyHeader, idempotencyKey);
        if (secret is not null)
        {
            request.Headers.Add(WebhookChannel.SignatureHeader, WebhookChannel.Sign(secret, body));
        }

        request.Options.Set(ResilientHttpHandler.ChannelOption, channel);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException)
        {
            throw new ChannelException($"{what} of {channel} failed repeatedly; sends wait until it answers again.") { EndpointDown = true };
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ChannelException($"{what} of {channel} is unreachable ({e.GetType().Name}).");
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                throw new ChannelException($"{what} of {channel} answered 429 Too Many Requests.") { RateLimited = true, RetryAfter = RetryAfterHeader.Of(response, TimeProvider.System) };
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new ChannelException($"{what} of {channel} answered {status} {response.StatusCode}.", permanent: status is >= 400 and < 500 and not 408);
            }

            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return text.Length == 0 ? null : JsonDocument.Parse(text);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    /// <summary>The "id" of a JSON answer, or the fallback.</summary>
    public static string IdOf(JsonDocument? answer, string fallback) =>
        answer?.RootElement is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("id", out var id) ? id.ToString() : fallback;
}
