using ContentOps.Core.Api.Channels;
using ContentOps.Operator.Sending;
using ContentOps.Operator.Stores;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Operator.Tests.Sending;

public sealed class SendWithdrawalTests
{
    private static readonly DateTimeOffset _now = new(2026, 12, 4, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Withdraw_StopsEveryPendingSend_TakesBackWhatWasSent_AndAuditsWhoWasAffected()
    {
        var time = new FakeTimeProvider(_now);
        using var fixture = new SendingFixture(time);
        fixture.AddChannel("approved-email", "file", "out/email", new RateLimit { Count = 2, Per = "1h" });
        fixture.AddHcps(4);
        var piece = fixture.Piece("uid-1", [.. fixture.Profiles.Keys.Select(h => (h, "approved-email", _now))]);
        await fixture.ExecuteAsync(piece);
        var withdrawal = new SendWithdrawal(fixture.State.Sends, fixture.Channels, fixture.State.Audit, time);

        var (cancelled, withdrawn) = await withdrawal.WithdrawAsync("uid-1", "diabetes/klp-email-launch", "ClaimWithdrawn",
            name => fixture.ChannelTargets.GetValueOrDefault(name), default);
        time.Advance(TimeSpan.FromHours(2));
        var afterwards = await fixture.ExecuteAsync(piece);

        Assert.Equal((2, 2), (cancelled, withdrawn));
        Assert.Equal(0, afterwards.Sent);
        var rows = await fixture.State.Sends.ListForPieceAsync("uid-1", default);
        Assert.Equal(2, rows.Count(r => r.State == SendStates.Cancelled));
        Assert.Equal(2, rows.Count(r => r.State == SendStates.Withdrawn));
        Assert.All(rows, r => Assert.Equal("ClaimWithdrawn", r.StopReason));
        var folder = Path.Combine(fixture.Root, "out", "email", "sends", "diabetes--klp-email-launch");
        Assert.Empty(Directory.GetFiles(folder, "*.eml"));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(folder, "withdrawn"), "*.eml").Length);
        var audit = Assert.Single(await fixture.State.Audit.ReadAsync("ContentPiece/diabetes/klp-email-launch", 0, default), a => a.Action == "SendsWithdrawn");
        Assert.Equal("ClaimWithdrawn: stopped 2 pending send(s) and withdrew 2 sent one(s); HCPs affected (4): hcp-001, hcp-002, hcp-003, hcp-004.", audit.Message);
    }

    [Fact]
    public async Task Withdraw_SendsTheChannelsCorrectionBySms_WhereAMessageCannotBeRecalled()
    {
        using var fixture = new SendingFixture(TimeProvider.System);
        var port = Observability.FreePort.Next();
        await using var gateway = await SmsGateway.StartAsync(port, SendingFixture.Secret);
        fixture.AddChannel("hcp-sms", "sms", $"http://127.0.0.1:{port}/send");
        fixture.AddHcps(2);
        await fixture.ExecuteAsync(fixture.Piece("uid-1", [.. fixture.Profiles.Keys.Select(h => (h, "hcp-sms", DateTimeOffset.UtcNow))]));
        var withdrawal = new SendWithdrawal(fixture.State.Sends, fixture.Channels, fixture.State.Audit, TimeProvider.System,
            id => fixture.Profiles.TryGetValue(id, out var p) ? new Core.Publishing.Hcp.HcpRecipient { Id = p.Id, Mobile = p.Mobile } : null);

        var (_, withdrawn) = await withdrawal.WithdrawAsync("uid-1", "diabetes/klp-email-launch", "Expired", name => fixture.ChannelTargets.GetValueOrDefault(name), default);

        Assert.Equal(2, withdrawn);
        Assert.Equal(4, gateway.Keys.Count);
        Assert.Equal(2, gateway.Keys.Keys.Count(k => k.EndsWith(".withdrawn", StringComparison.Ordinal)));
    }
}
