using System.Text.Json;

namespace ContentOps.Core.Publishing.WeChat;

/// <summary>
/// access_token per AppID, fetched from <c>GET /cgi-bin/token</c> and refreshed five minutes before its
/// <c>expires_in</c> (7,200 s): a new token invalidates the old one after five minutes, so refreshing early never
/// leaves a caller with a dead token. <see cref="Invalidate"/> after errcode 40001/42001 forces a new one.
/// </summary>
public sealed class WeChatTokenCache(HttpClient http, TimeProvider time)
{
    /// <summary>How long before expiry a token is replaced.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, (string Token, DateTimeOffset RefreshAt)> _tokens = new(StringComparer.Ordinal);

    /// <summary>Tokens fetched so far (for tests and metrics).</summary>
    public int Fetches { get; private set; }

    public async Task<string> GetAsync(WeChatAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_tokens.TryGetValue(account.AppId, out var cached) && time.GetUtcNow() < cached.RefreshAt)
            {
                return cached.Token;
            }

            var uri = $"{account.BaseUrl}/cgi-bin/token?grant_type=client_credential&appid={Uri.EscapeDataString(account.AppId)}&secret={Uri.EscapeDataString(account.AppSecret)}";
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Options.Set(Resilience.ResilientHttpHandler.ChannelOption, account.Channel);
            using var json = await WeChatCall.ReadAsync(http, request, account, "cgi-bin/token", cancellationToken).ConfigureAwait(false);
            var root = json.RootElement;
            if (!root.TryGetProperty("access_token", out var token) || token.ValueKind != JsonValueKind.String)
            {
                throw new ChannelException($"WeChat account {account.AppId} of {account.Channel} returned no access_token.");
            }

            var lifetime = TimeSpan.FromSeconds(root.TryGetProperty("expires_in", out var expires) && expires.TryGetInt32(out var seconds) ? seconds : 7200);
            var refreshAt = time.GetUtcNow() + (lifetime > RefreshMargin * 2 ? lifetime - RefreshMargin : lifetime / 2);
            _tokens[account.AppId] = (token.GetString()!, refreshAt);
            Fetches++;
            return token.GetString()!;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets the token of an account (WeChat said it is invalid or expired).</summary>
    public void Invalidate(WeChatAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        _gate.Wait();
        try
        {
            _tokens.Remove(account.AppId);
        }
        finally
        {
            _gate.Release();
        }
    }
}
