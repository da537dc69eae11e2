using System.Net;
using System.Text;
using ContentOps.Core.Analytics.Events;
using ContentOps.Core.Distribution;
using ContentOps.Operator.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ContentOps.Operator.Http;

/// <summary>
/// One-click unsubscribe (RFC 8058) at the URL a channel's <c>spec.unsubscribeUrl</c> puts in <c>List-Unsubscribe</c>:
/// <c>POST /v1/unsubscribe/{key}</c> with the body <c>List-Unsubscribe=One-Click</c>, where the key is the send's
/// idempotency key signed by the operator's unsubscribe key (<c>{idempotencyKey}.{hmac}</c>, see
/// <see cref="Sending.UnsubscribeKey"/>): it appears only in the message sent to that HCP, so the URL itself is the
/// credential (mail clients send no other), and an idempotency key rebuilt from public facts is refused with 403. It withdraws the HCP's consent for that channel's kind (the suppression list every later
/// plan honours) and records an <c>unsubscribed</c> event attributed to the send. <c>GET</c> only shows a confirmation
/// form: link scanners fetch URLs, and a fetch must never unsubscribe anyone.
/// </summary>
internal static class UnsubscribeEndpoint
{
    public const string OneClickBody = "List-Unsubscribe=One-Click";

    public static void Map(WebApplication app, ApiBackends backends)
    {
        app.MapGet("/v1/unsubscribe/{key}", (string key, CancellationToken cancellationToken) => PageAsync(backends, key, cancellationToken));
        app.MapPost("/v1/unsubscribe/{key}", (string key, HttpRequest request, CancellationToken cancellationToken) => OneClickAsync(backends, key, request, cancellationToken));

        // The same behind a query string (…/v1/unsubscribe?key={key}&hcp={hcp}), for URL templates written that way.
        app.MapGet("/v1/unsubscribe", (HttpRequest request, CancellationToken cancellationToken) => PageAsync(backends, request.Query["key"].ToString(), cancellationToken));
        app.MapPost("/v1/unsubscribe", (HttpRequest request, CancellationToken cancellationToken) => OneClickAsync(backends, request.Query["key"].ToString(), request, cancellationToken));
    }

    private const string Unsigned = "this unsubscribe link is not signed by this operator (use the link from the e-mail as it was sent)";

    private static async Task<IResult> PageAsync(ApiBackends backends, string token, CancellationToken cancellationToken)
    {
        if (backends.Unsubscribe?.Verify(token) is not { } key)
        {
            return Results.Text(Page("链接无效 / Invalid link", "<p>此退订链接无效。This unsubscribe link is not valid: " + Unsigned + ".</p>"), "text/html; charset=utf-8", statusCode: 403);
        }

        if (backends.Sends() is not { } ledger)
        {
            return ApiRequest.Error(503, "this replica does not hold the send ledger now; retry");
        }

        if (await ledger.FindAsync(key, cancellationToken) is null)
        {
            return Results.Text(Page("链接无效 / Unknown link", "<p>此退订链接无效或已过期。This unsubscribe link is not known.</p>"), "text/html; charset=utf-8", statusCode: 404);
        }

        return Results.Text(Page("退订 / Unsubscribe", $"""
            <p>确认不再通过此渠道接收我们的信息？Stop receiving messages on this channel?</p>
            <form method="post" action="/v1/unsubscribe/{WebUtility.HtmlEncode(Uri.EscapeDataString(token))}">
            <input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">退订 Unsubscribe</button></form>
            """), "text/html; charset=utf-8");
    }

    private static async Task<IResult> OneClickAsync(ApiBackends backends, string token, HttpRequest request, CancellationToken cancellationToken)
    {
        if (backends.Unsubscribe?.Verify(token) is not { } key)
        {
            return ApiRequest.Error(403, Unsigned);
        }

        if (await ApiRequest.BodyAsync(request, cancellationToken) is not { } body)
        {
            return ApiRequest.TooLarge();
        }

        if (!WebUtility.UrlDecode(Encoding.UTF8.GetString(body)).Contains(OneClickBody, StringComparison.OrdinalIgnoreCase))
        {
            return ApiRequest.Error(400, $"a one-click unsubscribe POST carries the form body {OneClickBody} (RFC 8058)");
        }

        if (backends.Sends() is not { } ledger || backends.Events() is not { } events)
        {
            return ApiRequest.Error(503, "this replica does not hold the send ledger now; retry");
        }

        if (await ledger.FindAsync(key, cancellationToken) is not { } send)
        {
            return ApiRequest.Error(404, "this unsubscribe link is not known (no send has this key)");
        }

        var now = backends.Time.GetUtcNow();
        var consent = ConsentChannelOf(backends, send.Channel);
        await ledger.RecordConsentWithdrawalAsync(new ConsentWithdrawal(send.Hcp, consent, now, "one-click unsubscribe"), cancellationToken);
        var recorded = await events.AppendAsync([new EngagementEvent
        {
            Id = $"unsubscribe:{key}",
            Type = EngagementEventType.Unsubscribed,
            OccurredAt = now,
            IdempotencyKey = key,
            Channel = send.Channel,
            Hcp = send.Hcp,
        }], null, now, cancellationToken);
        return Results.Json(new { unsubscribed = consent, duplicate = recorded.Duplicates > 0 });
    }

    /// <summary>The consent the send's channel needs (e-mail for an smtp or e-mail file channel).</summary>
    private static string ConsentChannelOf(ApiBackends backends, string channel) =>
        channel.Split('/') is [var ns, var name] && backends.Channel(ns, name) is { } target && ConsentChannels.For(target.Spec) is { } consent
            ? consent
            : ConsentChannels.Email;

    private static string Page(string title, string body) =>
        $"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body>{body}</body></html>";
}
