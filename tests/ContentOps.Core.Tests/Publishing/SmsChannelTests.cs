using System.Net;
using System.Text;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Publishing;
using ContentOps.Core.Publishing.Hcp;
using ContentOps.Core.Publishing.Resilience;
using ContentOps.Core.Publishing.Sms;
using ContentOps.Core.Tests.Publishing.Servers;

namespace ContentOps.Core.Tests.Publishing;

/// <summary>The SMS channel and the channel pipelines over real HTTP against a local signed gateway.</summary>
public sealed class SmsChannelTests
{
    private static SmsChannel Create(ChannelResilienceOptions? options = null) =>
        new(ResilientHttpHandler.CreateClient(new ChannelPipelines(TimeProvider.System, options ?? new ChannelResilienceOptions { BaseDelay = TimeSpan.FromMilliseconds(10) })), TimeProvider.System);

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    public void Segments_Are70ForOne_And67PerPartBeyond(int length, int segments) =>
        Assert.Equal(segments, SmsText.Segments(new string('康', length)));

    [Fact]
    public void Compose_KeepsExactlyOneSignatureAtTheStart_AndAddsTheOptOut()
    {
        var text = SmsText.Compose("【远澜医学】", "【远澜医学】12月10日线上学术会，欢迎参加。", "hcp-sms");

        Assert.Equal("【远澜医学】12月10日线上学术会，欢迎参加。回T退订", text);
        Assert.Equal("【远澜医学】已含退订：回复TD退订", SmsText.Compose("远澜医学", "已含退订：回复TD退订", "hcp-sms"));
    }

    [Fact]
    public async Task Send_PostsASignedMessagePerHcp_WithSegments()
    {
        await using var gateway = await SignedJsonReceiver.StartAsync(Sends.Secret);
        var batch = Sends.Batch(Sends.Channel("sms", gateway.Url), ContentFormats.Sms, Sends.Hcp(1), Sends.Hcp(2));

        var outcomes = await Create().SendAsync(batch, default);

        Assert.Equal(["gw-1", "gw-2"], outcomes.Select(o => o.Receipt!.ExternalId).Order(StringComparer.Ordinal));
        Assert.All(gateway.Requests, r => Assert.True(r.SignatureValid));
        var first = gateway.Requests.First().Body;
        Assert.Equal("13800000001", first["mobile"]!.GetValue<string>());
        Assert.Equal("【远澜医学】12月10日19:30康力平线上学术会，欢迎参加。回T退订", first["text"]!.GetValue<string>());
        Assert.Equal(1, first["segments"]!.GetValue<int>());
        Assert.Equal(batch.Sends[0].IdempotencyKey, first["messageId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Send_RetriesA503HonouringRetryAfter_AndNeverRetriesA400()
    {
        await using var gateway = await SignedJsonReceiver.StartAsync(Sends.Secret);
        gateway.Answer(HttpStatusCode.ServiceUnavailable, retryAfterSeconds: 1);
        var started = DateTimeOffset.UtcNow;
        var retried = await Create().SendAsync(Sends.Batch(Sends.Channel("sms", gateway.Url), ContentFormats.Sms, Sends.Hcp(1)), default);
        var waited = DateTimeOffset.UtcNow - started;

        gateway.Answer(HttpStatusCode.BadRequest);
        var refused = await Create().SendAsync(Sends.Batch(Sends.Channel("sms", gateway.Url), ContentFormats.Sms, Sends.Hcp(2), Sends.Hcp(3)), default);

        Assert.NotNull(retried.Single().Receipt);
        Assert.True(waited >= TimeSpan.FromSeconds(0.9), $"Retry-After: 1 was not honoured ({waited.TotalMilliseconds} ms)");
        Assert.True(refused[0].Error!.Permanent);
        Assert.NotNull(refused[1].Receipt);
        Assert.Equal(4, gateway.Requests.Count);
    }

    [Fact]
    public async Task Send_A429WithALongRetryAfter_IsARateLimit_NotWaitedOut()
    {
        await using var gateway = await SignedJsonReceiver.StartAsync(Sends.Secret);
        gateway.Answer(HttpStatusCode.TooManyRequests, retryAfterSeconds: 120);

        var outcomes = await Create().SendAsync(Sends.Batch(Sends.Channel("sms", gateway.Url), ContentFormats.Sms, Sends.Hcp(1), Sends.Hcp(2)), default);

        Assert.All(outcomes, o => Assert.True(o.Error is { RateLimited: true, RetryAfter.TotalSeconds: 120 }));
        Assert.Single(gateway.Requests);
    }

    [Fact]
    public async Task DeadGateway_OpensOnlyItsOwnCircuit()
    {
        await using var healthy = await SignedJsonReceiver.StartAsync(Sends.Secret);
        var pipelines = new ChannelPipelines(TimeProvider.System, new ChannelResilienceOptions { BaseDelay = TimeSpan.FromMilliseconds(5), MaxRetries = 1, MinimumThroughput = 2 });
        var sms = new SmsChannel(ResilientHttpHandler.CreateClient(pipelines), TimeProvider.System);
        var dead = Sends.Channel("sms", $"http://127.0.0.1:{FreePort.Next()}/send");
        var alive = new Core.Api.Channels.ChannelTarget { Metadata = new Core.Api.ObjectMeta { Name = "other-sms", Namespace = "diabetes" }, Spec = Sends.Channel("sms", healthy.Url).Spec };

        await sms.SendAsync(Sends.Batch(dead, ContentFormats.Sms, Sends.Hcp(1)), default);
        var down = await sms.SendAsync(Sends.Batch(dead, ContentFormats.Sms, Sends.Hcp(2)), default);
        var ok = await sms.SendAsync(Sends.Batch(alive, ContentFormats.Sms, Sends.Hcp(3)), default);

        Assert.True(down.Single().Error!.EndpointDown, down.Single().Error!.Message);
        Assert.True(pipelines.IsDown("diabetes/test-sms"));
        Assert.False(pipelines.IsDown("diabetes/other-sms"));
        Assert.NotNull(ok.Single().Receipt);
    }

    [Fact]
    public async Task Withdraw_SendsTheCorrection_WhenTheChannelDeclaresOne()
    {
        await using var gateway = await SignedJsonReceiver.StartAsync(Sends.Secret);
        var channel = Sends.Channel("sms", gateway.Url);
        var withdrawal = new HcpWithdrawal
        {
            IdempotencyKey = "k1",
            Piece = "diabetes/p",
            Channel = channel,
            Recipient = Sends.Hcp(1),
            ExternalId = "gw-1",
            Reason = "Expired",
            Correction = channel.Spec.WithdrawalCorrection,
            Secret = Sends.Secret,
        };

        Assert.Equal(WithdrawalResult.CorrectionSent, await Create().WithdrawAsync(withdrawal, default));
        Assert.Equal(WithdrawalResult.NotRetractable, await Create().WithdrawAsync(withdrawal with { Correction = null }, default));
        Assert.StartsWith("【远澜医学】此前发送的康力平资料已撤回", Assert.Single(gateway.Requests).Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void DeliveryReceipt_IsAcceptedOnlyWithAValidSignature()
    {
        var body = Encoding.UTF8.GetBytes("{\"id\":\"gw-1\",\"status\":\"DELIVRD\"}");

        Assert.Equal(new SmsDeliveryReceipt("gw-1", DeliveryStatus.Delivered), SmsDeliveryReceipt.Verify(body, WebhookChannel.Sign(Sends.Secret, body), Sends.Secret));
        Assert.Null(SmsDeliveryReceipt.Verify(body, WebhookChannel.Sign("other", body), Sends.Secret));
        Assert.Null(SmsDeliveryReceipt.Verify(body, null, Sends.Secret));
    }
}
