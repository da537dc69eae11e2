using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Publishing;
using ContentOps.Core.Publishing.Email;
using ContentOps.Core.Publishing.Hcp;
using ContentOps.Core.Publishing.Resilience;
using ContentOps.Core.Tests.Publishing.Servers;
using MimeKit;

namespace ContentOps.Core.Tests.Publishing;

/// <summary>The SMTP channel against a real SMTP server (aiosmtpd) on loopback; delivered messages are parsed back.</summary>
public sealed class SmtpChannelTests
{
    private static readonly ChannelResilienceOptions _fast = new()
    {
        BaseDelay = TimeSpan.FromMilliseconds(10),
        MaxRetries = 1,
        MinimumThroughput = 2,
        BreakDuration = TimeSpan.FromSeconds(30),
        AttemptTimeout = TimeSpan.FromSeconds(5),
    };

    [Fact]
    public async Task Send_DeliversMultipartPersonalisedMail_WithOneClickUnsubscribe_AndAMessageIdFromTheKey()
    {
        using var server = await SmtpSink.StartAsync();
        var channel = Sends.Channel("smtp", server.Endpoint);
        var batch = Sends.Batch(channel, ContentFormats.Email, Sends.Hcp(2), Sends.Hcp(3, personalized: false));

        var outcomes = await new SmtpChannel(new ChannelPipelines(TimeProvider.System, _fast), TimeProvider.System).SendAsync(batch, default);

        Assert.All(outcomes, o => Assert.Null(o.Error));
        var messages = server.Messages().OrderBy(m => m.To.Mailboxes.Single().Address, StringComparer.Ordinal).ToList();
        Assert.Equal(2, messages.Count);
        var first = messages[0];
        Assert.Equal($"{batch.Sends[0].IdempotencyKey}@example.com", first.MessageId);
        Assert.Equal($"<{first.MessageId}>", outcomes[0].Receipt!.ExternalId);
        Assert.Equal("medinfo@example.com", first.From.Mailboxes.Single().Address);
        Assert.Equal("罗静怡", first.To.Mailboxes.Single().Name);
        Assert.Equal("康力平：二甲双胍控制不佳患者的新选择", first.Subject);
        Assert.Equal($"<https://hcp.example.com/unsubscribe?hcp=hcp-0002&k={Sends.Signer.Sign(batch.Sends[0].IdempotencyKey)}>, <mailto:medinfo@example.com?subject=unsubscribe%20hcp-0002>",
            first.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", first.Headers["List-Unsubscribe-Post"]);
        var alternative = Assert.IsType<MultipartAlternative>(first.Body);
        Assert.StartsWith("尊敬的罗静怡主任医师：", first.TextBody, StringComparison.Ordinal);
        Assert.Contains("HbA1c较基线降低1.2%", first.TextBody, StringComparison.Ordinal);
        Assert.Contains("<p>尊敬的罗静怡主任医师：</p>", first.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://hcp.example.com/unsubscribe?hcp=hcp-0002", first.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(2, alternative.Count);

        // PIPL Art. 24: no greeting by name for an HCP who refused personalisation.
        Assert.StartsWith("尊敬的医生：", messages[1].TextBody, StringComparison.Ordinal);
        Assert.True(string.IsNullOrEmpty(messages[1].To.Mailboxes.Single().Name));
    }

    [Fact]
    public async Task Send_ToADeadServer_FailsTheBatchTransiently_ThenOpensTheCircuit()
    {
        var channel = Sends.Channel("smtp", $"smtp://127.0.0.1:{FreePort.Next()}");
        var smtp = new SmtpChannel(new ChannelPipelines(TimeProvider.System, _fast), TimeProvider.System);

        var first = await smtp.SendAsync(Sends.Batch(channel, ContentFormats.Email, Sends.Hcp(1), Sends.Hcp(2)), default);
        var later = await smtp.SendAsync(Sends.Batch(channel, ContentFormats.Email, Sends.Hcp(3)), default);

        Assert.All(first, o => Assert.False(o.Error!.Permanent));
        Assert.Equal(2, first.Count);
        Assert.True(later.Single().Error!.EndpointDown, later.Single().Error!.Message);
        Assert.DoesNotContain(Sends.Secret, later.Single().Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdraw_SendsACorrectionThatRefersToTheOriginal()
    {
        using var server = await SmtpSink.StartAsync();
        var channel = Sends.Channel("smtp", server.Endpoint);
        var smtp = new SmtpChannel(new ChannelPipelines(TimeProvider.System, _fast), TimeProvider.System);

        var result = await smtp.WithdrawAsync(new HcpWithdrawal
        {
            IdempotencyKey = "k1",
            Piece = "diabetes/klp-email-launch",
            Channel = channel,
            Recipient = Sends.Hcp(2),
            ExternalId = "<k1@example.com>",
            Reason = "ClaimWithdrawn",
            Correction = channel.Spec.WithdrawalCorrection,
        }, default);

        Assert.Equal(WithdrawalResult.CorrectionSent, result);
        var correction = Assert.Single(server.Messages());
        Assert.Equal("k1@example.com", correction.InReplyTo);
        Assert.Contains("已撤回", correction.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_UsesTheGeneratedEmailParts_FillingTheUnsubscribeMergeField()
    {
        var channel = Sends.Channel("smtp", "smtp://127.0.0.1:25");
        var plain = Sends.Batch(channel, ContentFormats.Email, Sends.Hcp(2));
        var parts = Core.Generation.Parts.EmailParts.Of("康力平 24 周疗效", "24周HbA1c降低1.2%", "康力平在24周时使HbA1c较基线降低1.2%。\n\n退订：{{unsubscribe_url}}");
        var batch = plain with { Rendition = plain.Rendition with { Parts = parts } };

        var message = EmailComposer.Compose(batch, batch.Sends[0], DateTimeOffset.UnixEpoch);

        Assert.Equal("康力平 24 周疗效", message.Subject);
        Assert.Contains("24周HbA1c降低1.2%", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("尊敬的罗静怡主任医师：</p>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("https://hcp.example.com/unsubscribe?hcp=hcp-0002", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("{{unsubscribe_url}}", message.HtmlBody, StringComparison.Ordinal);
        Assert.StartsWith("尊敬的罗静怡主任医师：\n\n康力平在24周时", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("退订：https://hcp.example.com/unsubscribe?hcp=hcp-0002", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_NamesTheDoctorInTheApprovedSalutation_AndNeverGreetsOrUnsubscribesTwice()
    {
        var channel = Sends.Channel("smtp", "smtp://127.0.0.1:25");
        var plain = Sends.Batch(channel, ContentFormats.Email, Sends.Hcp(2), Sends.Hcp(1, personalized: false));
        var body = "尊敬的三级医院内分泌科医生：\n\n康力平在24周时使HbA1c较基线降低1.2%。\n\n如不希望再收到此类邮件，请点击退订：{{unsubscribe_url}}";
        var parts = Core.Generation.Parts.EmailParts.Of("康力平 24 周疗效", "24周HbA1c降低1.2%", body);
        var batch = plain with { Rendition = plain.Rendition with { Parts = parts } };

        var named = EmailComposer.Compose(batch, batch.Sends[0], DateTimeOffset.UnixEpoch);
        var optedOut = EmailComposer.Compose(batch, batch.Sends[1], DateTimeOffset.UnixEpoch);

        Assert.StartsWith("尊敬的罗静怡主任医师：\n\n康力平在24周时", named.TextBody, StringComparison.Ordinal);
        Assert.Equal(1, Count(named.TextBody, "尊敬的"));
        Assert.Equal(1, Count(named.TextBody, "退订"));
        Assert.Equal(1, Count(named.HtmlBody, "尊敬的"));
        Assert.Contains("尊敬的罗静怡主任医师：</p>", named.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("三级医院内分泌科医生：", named.HtmlBody, StringComparison.Ordinal);
        // PIPL Art. 24: the doctor who refused personalisation keeps the approved segment salutation, once.
        Assert.StartsWith("尊敬的三级医院内分泌科医生：", optedOut.TextBody, StringComparison.Ordinal);
        Assert.Equal(1, Count(optedOut.HtmlBody, "尊敬的"));
    }

    private static int Count(string? text, string value) => text is null ? 0 :
        (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;

    [Fact]
    public void Compose_WithoutAnEmailAddress_IsAPermanentFailureNamingTheHcp()
    {
        var channel = Sends.Channel("smtp", "smtp://127.0.0.1:25");
        var batch = Sends.Batch(channel, ContentFormats.Email, Sends.Hcp(1) with { Email = null });

        var error = Assert.Throws<ChannelException>(() => EmailComposer.Compose(batch, batch.Sends[0], DateTimeOffset.UnixEpoch));

        Assert.True(error.Permanent);
        Assert.Contains("hcp-0001", error.Message, StringComparison.Ordinal);
    }
}
