using System.Net;
using System.Text.Json;
using ContentOps.Core.Publishing.Resilience;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ContentOps.Core.Publishing.WeChat;

/// <summary>
/// One HTTP exchange with the WeChat API and the mapping of its errcodes to <see cref="ChannelException"/>. Messages
/// name the API path, never the URL (its query holds the AppSecret or the access_token).
/// </summary>
internal static class WeChatCall
{
    public static async Task<JsonDocument> ReadAsync(HttpClient http, HttpRequestMessage request, WeChatAccount account, string path, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException)
        {
            throw new ChannelException($"WeChat API of {account.Channel} failed repeatedly; sends wait until it answers again.") { EndpointDown = true };
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ChannelException($"WeChat API {path} of {account.Channel} is unreachable ({e.GetType().Name}).");
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                throw new ChannelException($"WeChat API {path} of {account.Channel} answered 429.") { RateLimited = true, RetryAfter = RetryAfterHeader.Of(response, TimeProvider.System) };
            }

            if (!response.IsSuccessStatusCode)
            {
                var status = (int)response.StatusCode;
                throw new ChannelException($"WeChat API {path} of {account.Channel} answered HTTP {status}.", permanent: status is >= 400 and < 500 and not 408);
            }

            var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false));
            var errcode = json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("errcode", out var code) && code.TryGetInt32(out var c) ? c : 0;
            if (errcode is 0 or WeChatErrors.ClientMsgIdExists)
            {
                return json;
            }

            var message = json.RootElement.TryGetProperty("errmsg", out var m) ? m.GetString() : null;
            json.Dispose();
            throw WeChatErrors.ToException(errcode, message, path, account);
        }
    }
}
