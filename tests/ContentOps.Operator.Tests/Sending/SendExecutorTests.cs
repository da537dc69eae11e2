using System.Net;
using ContentOps.Core.Api.Channels;
using ContentOps.Operator.Sending;
using ContentOps.Operator.Stores;
using ContentOps.Operator.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace ContentOps.Operator.Tests.Sending;

public sealed class SendExecutorTests
{
    private static readonly DateTimeOffset _now = new(2026, 12, 4, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Execute_SendsEachDueSendOnce_AsAnEmlPerHcp_DefersLaterOnes_AndARerunSendsNothing()
    {
        var time = new FakeTimeProvider(_now);
        using var fixture = new SendingFixture(time);
        fixture.AddChannel("approved-email", "file", "out/email");
        fixture.AddHcps(3);
        var piece = fixture.Piece("uid-1", ("hcp-001", "approved-email", _now), ("hcp-002", "approved-email", _now.AddMinutes(-5)), ("hcp-003", "approved-email", _now.AddHours(12)));

        var first = await fixture.ExecuteAsync(piece);
        var again = await fixture.ExecuteAsync(piece);

        Assert.Equal((2, 1, _now.AddHours(12)), (first.Sent, first.Deferred, first.NextDue!.Value));
        Assert.Equal(0, again.Sent);
        var eml = Path.Combine(fixture.Root, "out", "email", "sends", "diabetes--klp-email-launch", "hcp-001.eml");
        var message = MimeMessage.Load(eml);
        Assert.Equal("hcp001@example.com", message.To.Mailboxes.Single().Address);
        Assert.StartsWith("尊敬的医生1主治医师：", message.TextBody, StringComparison.Ordinal);
        var rows = await fixture.State.Sends.ListForPieceAsync("uid-1", default);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(SendStates.Sent, r.State));
        Assert.All(rows, r => Assert.Equal("diabetes/approved-email", r.Channel));
    }

    [Fact]
    public async Task Execute_KeepsALoneWeChatRecipientPending_AndSaysWhy_WhenTheChannelDeclaresNoTemplateId()
    {
        var time = new FakeTimeProvider(_now);
        using var fixture = new SendingFixture(time);
        // Nothing listens there: a lone recipient must not reach the adapter at all.
        fixture.AddChannel("wechat-hcp", "wechat", "http://127.0.0.1:9");
        fixture.AddHcps(1);

        var report = await fixture.ExecuteAsync(fixture.Piece("uid-1", ("hcp-001", "wechat-hcp", _now)));

        Assert.Equal((0, 1, 0), (report.Sent, report.Waiting, report.Failed));
        Assert.Empty(report.Degraded);
        var note = Assert.Single(report.Notes);
        Assert.StartsWith("skipped: wechat mass send needs two recipients; declare templateId", note, StringComparison.Ordinal);
        Assert.Contains("hcp-001", note, StringComparison.Ordinal);
        var row = Assert.Single(await fixture.State.Sends.ListForPieceAsync("uid-1", default));
        Assert.Equal((SendStates.Pending, 0), (row.State, row.Attempts));
    }

    [Fact]
    public async Task Execute_HoldsTheChannelRateLimitAcrossRuns()
    {
        var time = new FakeTimeProvider(_now);
        using var fixture = new SendingFixture(time);
        fixture.AddChannel("approved-email", "file", "out/email", new RateLimit { Count = 2, Per = "1h" });
        fixture.AddHcps(5);
        var piece = fixture.Piece("uid-1", [.. fixture.Profiles.Keys.Select(h => (h, "approved-email", _now))]);

        var first = await fixture.ExecuteAsync(piece);
        var sameHour = await fixture.ExecuteAsync(piece);
        time.Advance(TimeSpan.FromHours(1));
        var nextHour = await fixture.ExecuteAsync(piece);

        Assert.Equal((2, 3), (first.Sent, first.Waiting));
        Assert.Equal(0, sameHour.Sent);
        Assert.Equal(2, nextHour.Sent);
        Assert.Equal(4, (await fixture.State.Sends.ListForPieceAsync("uid-1", default)).Count(r => r.State == SendStates.Sent));
    }

    [Fact]
    public async Task Execute_ADeadEndpointDegradesOnlyItsChannel_AndRecoversByItself()
    {
        using var fixture = new SendingFixture(TimeProvider.System);
        var port = Observability.FreePort.Next();
        fixture.AddChannel("hcp-sms", "sms", $"http://127.0.0.1:{port}/send");
        fixture.AddChannel("approved-email", "file", "out/email");
        fixture.AddHcps(4);
        var now = DateTimeOffset.UtcNow;
        var piece = fixture.Piece("uid-1", [.. fixture.Profiles.Keys.SelectMany(h => new[] { (h, "hcp-sms", now), (h, "approved-email", now) })]);

        var down = await fixture.ExecuteAsync(piece);
        var stillDown = await fixture.ExecuteAsync(piece);

        Assert.Equal(4, down.SentPerChannel["diabetes/approved-email"]);
        Assert.False(down.SentPerChannel.ContainsKey("diabetes/hcp-sms"));
        Assert.Contains("diabetes/hcp-sms", stillDown.Degraded.Keys);
        Assert.DoesNotContain("diabetes/approved-email", stillDown.Degraded.Keys);
        Assert.NotNull(fixture.Health.Of("diabetes/hcp-sms"));
        Assert.DoesNotContain(SendingFixture.Secret, string.Join(" ", stillDown.Degraded.Values), StringComparison.Ordinal);

        // The gateway comes up on the same port; once the break is over the channel sends and recovers.
        await using var gateway = await SmsGateway.StartAsync(port, SendingFixture.Secret);
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        // Half-open lets one trial call through; once it succeeds the circuit closes and the rest follow.
        var trial = await fixture.ExecuteAsync(piece);
        var recovered = await fixture.ExecuteAsync(piece);

        Assert.Equal(4, trial.SentPerChannel["diabetes/hcp-sms"] + recovered.SentPerChannel.GetValueOrDefault("diabetes/hcp-sms"));
        Assert.Null(fixture.Health.Of("diabetes/hcp-sms"));
        Assert.Equal(4, gateway.Keys.Count);
    }
}
