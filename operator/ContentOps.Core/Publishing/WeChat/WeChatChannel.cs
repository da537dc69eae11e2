using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Digests;
using ContentOps.Core.Publishing.Hcp;
using ContentOps.Core.Publishing.Resilience;

namespace ContentOps.Core.Publishing.WeChat;

/// <summary>
/// A WeChat service account (公众号 Official Account API). The piece is published once: <c>draft/add</c>, then
/// <c>freepublish/submit</c>, then <c>freepublish/get</c> polled until WeChat reports it published; its id is
/// <c>article_id#media_id</c>. HCPs receive it by <c>message/mass/send</c> to their openIds with a
/// <c>clientmsgid</c> derived from the sends' idempotency keys (a resend returns errcode 45065 and the first msg_id).
/// Withdrawal: <c>freepublish/delete</c> for the article, <c>message/mass/delete</c> for what HCPs received.
/// </summary>
public sealed class WeChatChannel(HttpClient http, WeChatTokenCache tokens, TimeProvider time) : IChannelAdapter, IHcpChannel
{
    /// <summary>Between two freepublish/get polls.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Polls before a still-publishing article is left for the next reconcile.</summary>
    public int MaxPolls { get; init; } = 15;

    public string Type => "wechat";

    public async Task<PublishReceipt> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var account = WeChatAccount.Of(request.Channel, request.Secret);
        var article = new JsonObject
        {
            ["title"] = request.Rendition.Title ?? request.Piece,
            ["author"] = request.Channel.Spec.DisplayName ?? "",
            ["digest"] = request.Rendition.Part(Generation.Parts.PartNames.Digest)?.Content ?? Digest(request.Rendition.Body),
            ["content"] = request.Rendition.Part(Generation.Parts.PartNames.Html)?.Content ?? Html(request.Rendition.Body),
            ["thumb_media_id"] = request.Channel.Spec.CoverMediaId ?? "",
            ["need_open_comment"] = 0,
            ["only_fans_can_comment"] = 0,
        };
        using var draft = await CallAsync(account, "cgi-bin/draft/add", new JsonObject { ["articles"] = new JsonArray(article) }, cancellationToken).ConfigureAwait(false);
        var mediaId = draft.RootElement.GetProperty("media_id").GetString()!;
        using var submitted = await CallAsync(account, "cgi-bin/freepublish/submit", new JsonObject { ["media_id"] = mediaId }, cancellationToken).ConfigureAwait(false);
        var publishId = submitted.RootElement.GetProperty("publish_id").ToString();
        for (var poll = 0; poll < MaxPolls; poll++)
        {
            using var status = await CallAsync(account, "cgi-bin/freepublish/get", new JsonObject { ["publish_id"] = publishId }, cancellationToken).ConfigureAwait(false);
            var state = status.RootElement.GetProperty("publish_status").GetInt32();
            if (state == 0)
            {
                return new PublishReceipt($"{status.RootElement.GetProperty("article_id").GetString()}#{mediaId}", time.GetUtcNow());
            }

            if (state != 1)
            {
                throw new ChannelException($"WeChat refused to publish the article of {request.Piece} (publish_status {state}: {PublishStatus(state)}).", permanent: true);
            }

            await Task.Delay(PollInterval, time, cancellationToken).ConfigureAwait(false);
        }

        throw new ChannelException($"WeChat is still publishing the article of {request.Piece} (publish_id {publishId}); checked again at the next reconcile.");
    }

    public async Task WithdrawAsync(WithdrawRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ExternalId is not { Length: > 0 } id)
        {
            return;
        }

        var account = WeChatAccount.Of(request.Channel, request.Secret);
        using var _ = await CallAsync(account, "cgi-bin/freepublish/delete", new JsonObject { ["article_id"] = id.Split('#')[0], ["index"] = 0 }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<HcpSendOutcome>> SendAsync(HcpSendBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var outcomes = new List<HcpSendOutcome>();
        var reachable = new List<HcpSend>();
        foreach (var send in batch.Sends)
        {
            if (string.IsNullOrWhiteSpace(send.Recipient.WechatOpenId))
            {
                outcomes.Add(HcpSendOutcome.Failed(send.IdempotencyKey, new ChannelException($"HCP {send.Recipient.Id} has no WeChat openId; correct the profile.", permanent: true)));
            }
            else
            {
                reachable.Add(send);
            }
        }

        if (reachable.Count == 0)
        {
            return outcomes;
        }

        if (reachable.Count < 2)
        {
            // message/mass/send by openId takes 2 to 10,000 openIds: one recipient gets the template message instead.
            outcomes.Add(await TemplateSendAsync(batch, reachable[0], cancellationToken).ConfigureAwait(false));
            return outcomes;
        }

        try
        {
            var account = WeChatAccount.Of(batch.Channel, batch.Secret);
            var mediaId = batch.PublicationId?.Split('#') is [_, var media] ? media
                : throw new ChannelException($"The article of {batch.Piece} is not published on {batch.Channel.Metadata.Name} yet; mass send waits for it.");
            var body = new JsonObject
            {
                ["touser"] = new JsonArray([.. reachable.Select(s => (JsonNode)s.Recipient.WechatOpenId!)]),
                ["mpnews"] = new JsonObject { ["media_id"] = mediaId },
                ["msgtype"] = "mpnews",
                ["send_ignore_reprint"] = 0,
                ["clientmsgid"] = ClientMsgId(reachable),
            };
            using var sent = await CallAsync(account, "cgi-bin/message/mass/send", body, cancellationToken).ConfigureAwait(false);
            var msgId = sent.RootElement.GetProperty("msg_id").ToString();
            var at = time.GetUtcNow();
            outcomes.AddRange(reachable.Select(s => HcpSendOutcome.Sent(s.IdempotencyKey, msgId, at)));
        }
        catch (ChannelException e)
        {
            outcomes.AddRange(reachable.Select(s => HcpSendOutcome.Failed(s.IdempotencyKey, e)));
        }

        return outcomes;
    }

    /// <summary>The message <see cref="LoneRecipient"/> names, for run output and send plans.</summary>
    /// <summary>External ids of template messages start with this (mass sends are bare msg_ids).</summary>
    public const string TemplatePrefix = "template:";

    public const string LoneRecipient = "wechat mass send needs two recipients; declare templateId";

    private async Task<HcpSendOutcome> TemplateSendAsync(HcpSendBatch batch, HcpSend send, CancellationToken cancellationToken)
    {
        if (batch.Channel.Spec.TemplateId is not { Length: > 0 } templateId)
        {
            return HcpSendOutcome.Failed(send.IdempotencyKey, new ChannelException($"{LoneRecipient} on ChannelTarget {batch.Channel.Metadata.Name} (spec.templateId).", permanent: false));
        }

        try
        {
            var account = WeChatAccount.Of(batch.Channel, batch.Secret);
            var title = batch.Rendition.Title ?? batch.Rendition.Body.Split('\n', 2)[0];
            var body = new JsonObject
            {
                ["touser"] = send.Recipient.WechatOpenId,
                ["template_id"] = templateId,
                ["data"] = new JsonObject
                {
                    ["first"] = new JsonObject { ["value"] = title },
                    ["remark"] = new JsonObject { ["value"] = batch.Rendition.Body.Trim().Split('\n', 2)[0] },
                },
            };
            if (await ArticleUrlAsync(account, batch.PublicationId, cancellationToken).ConfigureAwait(false) is { } url)
            {
                body["url"] = url;
            }

            using var sent = await CallAsync(account, "cgi-bin/message/template/send", body, cancellationToken).ConfigureAwait(false);
            var outcome = HcpSendOutcome.Sent(send.IdempotencyKey, $"{TemplatePrefix}{sent.RootElement.GetProperty("msgid")}", time.GetUtcNow());
            return await batch.AcceptedAsync(outcome, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelException e)
        {
            return HcpSendOutcome.Failed(send.IdempotencyKey, e);
        }
    }

    /// <summary>
    /// The published article's permanent link (<c>freepublish/getarticle</c>), so a template message opens the article
    /// the other doctors received by mass send; null when the piece has no published article on the account yet.
    /// </summary>
    private async Task<string?> ArticleUrlAsync(WeChatAccount account, string? publicationId, CancellationToken cancellationToken)
    {
        if (publicationId?.Split('#')[0] is not { Length: > 0 } articleId)
        {
            return null;
        }

        using var article = await CallAsync(account, "cgi-bin/freepublish/getarticle", new JsonObject { ["article_id"] = articleId }, cancellationToken).ConfigureAwait(false);
        return article.RootElement.TryGetProperty("news_item", out var items) && items.ValueKind == JsonValueKind.Array && items.GetArrayLength() > 0
            && items[0].TryGetProperty("url", out var url) && url.GetString() is { Length: > 0 } link
            ? link
            : null;
    }

    public async Task<WithdrawalResult> WithdrawAsync(HcpWithdrawal withdrawal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(withdrawal);
        if (withdrawal.ExternalId.StartsWith(TemplatePrefix, StringComparison.Ordinal))
        {
            // A template message cannot be recalled; the published article itself is deleted with the piece.
            return WithdrawalResult.NotRetractable;
        }

        var account = WeChatAccount.Of(withdrawal.Channel, withdrawal.Secret);
        using var _ = await CallAsync(account, "cgi-bin/message/mass/delete", new JsonObject { ["msg_id"] = Number(withdrawal.ExternalId), ["article_idx"] = 0 }, cancellationToken)
            .ConfigureAwait(false);
        return WithdrawalResult.Retracted;
    }

    public async Task<string> GetDeliveryStatusAsync(ChannelTarget channel, string externalId, string? secret, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(externalId);
        if (externalId.StartsWith(TemplatePrefix, StringComparison.Ordinal))
        {
            return DeliveryStatus.Accepted;
        }

        var account = WeChatAccount.Of(channel, secret);
        using var status = await CallAsync(account, "cgi-bin/message/mass/get", new JsonObject { ["msg_id"] = Number(externalId) }, cancellationToken).ConfigureAwait(false);
        return status.RootElement.TryGetProperty("msg_status", out var s) ? s.GetString() switch
        {
            "SEND_SUCCESS" => DeliveryStatus.Delivered,
            "SENDING" => DeliveryStatus.Sending,
            "DELETE" => DeliveryStatus.Deleted,
            _ => DeliveryStatus.Failed,
        } : DeliveryStatus.Accepted;
    }

    /// <summary>One POST with the current token; on 40001/42001 the token is refreshed and the call made once more.</summary>
    private async Task<JsonDocument> CallAsync(WeChatAccount account, string path, JsonObject body, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var token = await tokens.GetAsync(account, cancellationToken).ConfigureAwait(false);
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{account.BaseUrl}/{path}?access_token={Uri.EscapeDataString(token)}")
            {
                Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
            };
            request.Options.Set(ResilientHttpHandler.ChannelOption, account.Channel);
            try
            {
                return await WeChatCall.ReadAsync(http, request, account, path, cancellationToken).ConfigureAwait(false);
            }
            catch (ChannelException e) when (attempt == 0 && WeChatErrors.IsTokenError(e))
            {
                tokens.Invalidate(account);
            }
        }
    }

    /// <summary>≤ 64 characters, the same for the same set of sends, so a resend after a crash is recognised by WeChat.</summary>
    private static string ClientMsgId(IEnumerable<HcpSend> sends) =>
        ContentDigest.OfParts(sends.Select(s => s.IdempotencyKey).Order(StringComparer.Ordinal))["sha256:".Length..];

    private static JsonNode Number(string id) => long.TryParse(id, out var n) ? n : id;

    private static string Digest(string body)
    {
        var text = body.Replace("\n", " ", StringComparison.Ordinal).Trim();
        return text.Length <= 54 ? text : text[..54];
    }

    private static string Html(string body) => string.Concat(
        body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));

    private static string PublishStatus(int state) => state switch
    {
        2 => "original-content check failed",
        3 => "common failure",
        4 => "rejected by platform review",
        5 => "deleted after success",
        6 => "banned after success",
        _ => "unknown",
    };
}
