using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Generation;
using ContentOps.Core.Publishing;
using ContentOps.Core.Publishing.Hcp;
using ContentOps.Core.Publishing.Resilience;
using ContentOps.Core.Publishing.WeChat;
using ContentOps.Core.Tests.Publishing.Servers;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Core.Tests.Publishing;

/// <summary>The WeChat channel over real HTTP against a local server that follows the documented API.</summary>
public sealed class WeChatChannelTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(8)));

    private (WeChatChannel Channel, WeChatTokenCache Tokens) Create()
    {
        var http = ResilientHttpHandler.CreateClient(new ChannelPipelines(TimeProvider.System, new ChannelResilienceOptions { BaseDelay = TimeSpan.FromMilliseconds(10) }));
        var tokens = new WeChatTokenCache(http, _time);
        return (new WeChatChannel(http, tokens, _time) { PollInterval = TimeSpan.Zero }, tokens);
    }

    private static PublishRequest Publish(Core.Api.Channels.ChannelTarget channel) => new()
    {
        IdempotencyKey = "k",
        Piece = "diabetes/klp-wechat-mechanism",
        Channel = channel,
        ContentDigest = "sha256:abc",
        Secret = Sends.Secret,
        Rendition = new Rendition { Channel = channel.Metadata.Name, Format = ContentFormats.WeChatArticle, Title = "康力平作用机制", Body = "第一段。\n\n第二段。" },
    };

    [Fact]
    public async Task Publish_AddsADraft_SubmitsIt_AndPollsUntilPublished()
    {
        await using var server = await FakeWeChatServer.StartAsync(Sends.Secret, publishingPolls: 2);
        var (wechat, _) = Create();

        var receipt = await wechat.PublishAsync(Publish(Sends.Channel("wechat", server.BaseUrl)), default);

        Assert.Equal(["cgi-bin/token", "cgi-bin/draft/add", "cgi-bin/freepublish/submit", "cgi-bin/freepublish/get", "cgi-bin/freepublish/get", "cgi-bin/freepublish/get"],
            server.Calls.Select(c => c.Path));
        var article = server.Bodies("cgi-bin/draft/add").Single()!["articles"]![0]!;
        Assert.Equal("康力平作用机制", article["title"]!.GetValue<string>());
        Assert.Equal("cover-1", article["thumb_media_id"]!.GetValue<string>());
        Assert.Equal("<p>第一段。</p><p>第二段。</p>", article["content"]!.GetValue<string>());
        var mediaId = server.Bodies("cgi-bin/freepublish/submit").Single()!["media_id"]!.GetValue<string>();
        Assert.Equal($"ARTICLE_ID_1#{mediaId}", receipt.ExternalId);
    }

    [Fact]
    public async Task Token_IsCached_RefreshedBeforeItsExpiry_AndAfterErrcode40001()
    {
        await using var server = await FakeWeChatServer.StartAsync(Sends.Secret);
        var (wechat, tokens) = Create();
        var channel = Sends.Channel("wechat", server.BaseUrl);

        await wechat.GetDeliveryStatusAsync(channel, "1001", Sends.Secret, default);
        await wechat.GetDeliveryStatusAsync(channel, "1001", Sends.Secret, default);
        Assert.Equal(1, tokens.Fetches);

        _time.Advance(TimeSpan.FromSeconds(7200) - WeChatTokenCache.RefreshMargin);
        await wechat.GetDeliveryStatusAsync(channel, "1001", Sends.Secret, default);
        Assert.Equal(2, tokens.Fetches);

        server.InvalidateTokens();
        var status = await wechat.GetDeliveryStatusAsync(channel, "1001", Sends.Secret, default);
        Assert.Equal(3, tokens.Fetches);
        Assert.Equal(DeliveryStatus.Delivered, status);
    }

    [Fact]
    public async Task MassSend_GoesToThePlannedOpenIds_AndAResendIsRecognisedByItsClientMsgId()
    {
        await using var server = await FakeWeChatServer.StartAsync(Sends.Secret);
        var (wechat, _) = Create();
        var batch = Sends.Batch(Sends.Channel("wechat", server.BaseUrl), ContentFormats.WeChatArticle, Sends.Hcp(1), Sends.Hcp(2), Sends.Hcp(3) with { WechatOpenId = null });

        var first = await wechat.SendAsync(batch, default);
        var again = await wechat.SendAsync(batch, default);

        var body = server.Bodies("cgi-bin/message/mass/send")[0]!;
        Assert.Equal(["oOPENID0001", "oOPENID0002"], body["touser"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("media-9", body["mpnews"]!["media_id"]!.GetValue<string>());
        Assert.Equal("mpnews", body["msgtype"]!.GetValue<string>());
        Assert.Equal(64, body["clientmsgid"]!.GetValue<string>().Length);
        var sent = first.Where(o => o.Receipt is not null).ToList();
        Assert.Equal(2, sent.Count);
        Assert.True(first.Single(o => o.Error is not null).Error!.Permanent);
        Assert.Equal(sent.Select(o => o.Receipt!.ExternalId), again.Where(o => o.Receipt is not null).Select(o => o.Receipt!.ExternalId));
    }

    [Fact]
    public async Task ALoneRecipient_GetsTheDeclaredTemplateMessage_ReportedAsAccepted()
    {
        await using var server = await FakeWeChatServer.StartAsync(Sends.Secret);
        var (wechat, _) = Create();
        var accepted = new List<HcpSendOutcome>();
        var batch = Sends.Batch(Sends.Channel("wechat", server.BaseUrl, s => s with { TemplateId = "TPL-1" }), ContentFormats.WeChatArticle, Sends.Hcp(1), Sends.Hcp(3) with { WechatOpenId = null })
            with
        { Accepted = (o, _) => { accepted.Add(o); return Task.CompletedTask; } };

        var outcomes = await wechat.SendAsync(batch, default);

        Assert.Empty(server.Bodies("cgi-bin/message/mass/send"));
        var body = Assert.Single(server.Bodies("cgi-bin/message/template/send"))!;
        Assert.Equal(("oOPENID0001", "TPL-1"), (body["touser"]!.GetValue<string>(), body["template_id"]!.GetValue<string>()));
        Assert.Equal("康力平：二甲双胍控制不佳患者的新选择", body["data"]!["first"]!["value"]!.GetValue<string>());
        var sent = Assert.Single(outcomes, o => o.Receipt is not null);
        Assert.StartsWith(WeChatChannel.TemplatePrefix, sent.Receipt!.ExternalId, StringComparison.Ordinal);
        Assert.Equal(sent.IdempotencyKey, Assert.Single(accepted).IdempotencyKey);
        Assert.Equal(DeliveryStatus.Accepted, await wechat.GetDeliveryStatusAsync(batch.Channel, sent.Receipt.ExternalId, Sends.Secret, default));
    }

    [Fact]
    public async Task ALoneRecipientsTemplateMessage_LinksThePublishedArticle()
    {
        await using var server = await FakeWeChatServer.StartAsync(Sends.Secret);
        var (wechat, _) = Create();
        var batch = Sends.Batch(Sends.Channel("wechat", server.BaseUrl, s => s with { TemplateId = "TPL-1" }), ContentFormats.WeChatArticle, Sends.Hcp(1))
            with
        { PublicationId = "ARTICLE_ID_1#media-1" };

        var outcome = Assert.Single(await wechat.SendAsync(batch, default));

        Assert.NotNull(outcome.Receipt);
        Assert.Equal("ARTICLE_ID_1", Assert.Single(server.Bodies("cgi-bin/freepublish/getarticle"))!["article_id"]!.GetValue<string>());
        Assert.Equal("https://mp.weixin.qq.com/s/ARTICLE_ID_1", Assert.Single(server.Bodies("cgi-bin/message/template/send"))!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task ALoneRecipient_WithoutATemplateId_IsNotSent_AndTheErrorSaysToDeclareOne()
    {
        await using var server = await FakeWeChatServer.StartAsync(Sends.Secret);
        var (wechat, _) = Create();

        var outcome = Assert.Single(await wechat.SendAsync(Sends.Batch(Sends.Channel("wechat", server.BaseUrl), ContentFormats.WeChatArticle, Sends.Hcp(1)), default));

        Assert.Contains(WeChatChannel.LoneRecipient, outcome.Error!.Message, StringComparison.Ordinal);
        Assert.False(outcome.Error.Permanent);
        Assert.DoesNotContain(server.Calls, c => c.Path.Contains("message", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TemplateSend_QuotaErrcode_IsARateLimit()
    {
        await using var server = await FakeWeChatServer.StartAsync(Sends.Secret);
        server.Script("cgi-bin/message/template/send", 45009);
        var (wechat, _) = Create();

        var outcome = Assert.Single(await wechat.SendAsync(Sends.Batch(Sends.Channel("wechat", server.BaseUrl, s => s with { TemplateId = "TPL-1" }), ContentFormats.WeChatArticle, Sends.Hcp(1)), default));

        Assert.True(outcome.Error is { RateLimited: true, Permanent: false });
    }

    [Theory]
    [InlineData(45009)]
    [InlineData(45011)]
    public async Task MassSend_QuotaErrcodes_AreRateLimits(int errcode)
    {
        await using var server = await FakeWeChatServer.StartAsync(Sends.Secret);
        server.Script("cgi-bin/message/mass/send", errcode);
        var (wechat, _) = Create();

        var outcomes = await wechat.SendAsync(Sends.Batch(Sends.Channel("wechat", server.BaseUrl), ContentFormats.WeChatArticle, Sends.Hcp(1), Sends.Hcp(2)), default);

        Assert.All(outcomes, o => Assert.True(o.Error is { RateLimited: true, Permanent: false, RetryAfter: not null }));
    }

    [Fact]
    public async Task IpNotWhitelisted_IsPermanent_AndSaysSoWithoutSecrets()
    {
        await using var server = await FakeWeChatServer.StartAsync(Sends.Secret);
        server.Script("cgi-bin/draft/add", 40164);
        var (wechat, _) = Create();

        var error = await Assert.ThrowsAsync<ChannelException>(() => wechat.PublishAsync(Publish(Sends.Channel("wechat", server.BaseUrl)), default));

        Assert.True(error.Permanent);
        Assert.Contains("IP whitelist", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Sends.Secret, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("token-", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdraw_DeletesThePublishedArticle_AndTheMassMessage()
    {
        await using var server = await FakeWeChatServer.StartAsync(Sends.Secret);
        var (wechat, _) = Create();
        var channel = Sends.Channel("wechat", server.BaseUrl);

        await wechat.WithdrawAsync(new WithdrawRequest { IdempotencyKey = "k", Piece = "diabetes/p", Channel = channel, ExternalId = "ARTICLE_ID_1#media-1", Reason = "Deleted", Secret = Sends.Secret }, default);
        var result = await wechat.WithdrawAsync(new HcpWithdrawal
        {
            IdempotencyKey = "k1",
            Piece = "diabetes/p",
            Channel = channel,
            Recipient = Sends.Hcp(1),
            ExternalId = "1001",
            Reason = "Deleted",
            Secret = Sends.Secret,
        }, default);

        Assert.Equal(WithdrawalResult.Retracted, result);
        var delete = server.Bodies("cgi-bin/freepublish/delete").Single()!;
        Assert.Equal(("ARTICLE_ID_1", 0), (delete["article_id"]!.GetValue<string>(), delete["index"]!.GetValue<int>()));
        Assert.Equal(1001, server.Bodies("cgi-bin/message/mass/delete").Single()!["msg_id"]!.GetValue<long>());
    }
}
