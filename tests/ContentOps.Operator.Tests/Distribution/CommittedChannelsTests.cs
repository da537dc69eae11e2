using ContentOps.Core.Api.Audiences;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Distribution;
using ContentOps.Core.Distribution.Planning;
using ContentOps.Operator.Distribution;
using ContentOps.Operator.Stores;
using ContentOps.Operator.Stores.Local;
using ContentOps.Operator.Tests.Stores.Local;

namespace ContentOps.Operator.Tests.Distribution;

/// <summary>With distribution.channels: best, what the send ledger holds pins each doctor's channel: a failed send is never repeated elsewhere.</summary>
public sealed class CommittedChannelsTests
{
    private static readonly DateTimeOffset _now = new(2026, 12, 5, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task AFailedSend_PinsTheDoctorsChannel_ACancelledOneDoesNot_AndTheNextPlanSendsNothingElsewhere()
    {
        using var folder = new TempStateFolder();
        using var state = LocalStateStore.Open(folder.Path);
        await state.Sends.RecordIntentsAsync([Entry("b")], CancellationToken.None);
        await state.Sends.CancelPendingAsync("diabetes/p", "test", _now, CancellationToken.None);
        await state.Sends.RecordIntentsAsync([Entry("a")], CancellationToken.None);
        await state.Sends.RecordFailureAsync("key-a", "recipient refused", permanent: true, CancellationToken.None);

        var input = await CommittedChannels.AddAsync(Input(CampaignDistribution.BestChannel), p => p.ToString(), state.Sends, CancellationToken.None);
        var every = await CommittedChannels.AddAsync(Input(null), p => p.ToString(), state.Sends, CancellationToken.None);
        var plan = SendPlanner.Plan(input);

        Assert.Equal(new Dictionary<string, string> { ["a"] = "sms" }, input.Pieces.Single().Committed);
        Assert.Empty(every.Pieces.Single().Committed);
        Assert.Equal([("a", "sms"), ("b", "email")], plan.Sends.Select(s => (s.Hcp, s.Channel)));
        Assert.Equal("skipped: one channel per HCP (distribution.channels: best): this content already went to (or was attempted on) sms",
            plan.Skips.Single(s => s.Hcp == "a").Reason);
    }

    private static SendEntry Entry(string hcp) => new()
    {
        IdempotencyKey = "key-" + hcp,
        PieceUid = "diabetes/p",
        PieceRef = "diabetes/p",
        Hcp = hcp,
        Channel = "diabetes/sms",
        ContentDigest = "sha256:p",
        CreatedAt = _now.AddDays(-1),
        DueAt = _now.AddDays(-1),
    };

    private static SendPlanInput Input(string? distribution)
    {
        var consent = new ChannelConsent(true, _now.AddYears(-1), null);
        HcpProfile Hcp(string id) => new()
        {
            Id = id,
            Name = id,
            Verified = true,
            Email = id + "@example.com",
            Mobile = "13800000001",
            EmailConsent = consent,
            SmsConsent = consent,
            RepId = "rep-1",
        };
        ChannelTargetSpec Channel(string type, string format) => new() { Type = type, Endpoint = "out", Formats = [format], AllowedAudienceRoles = ["hcp"] };
        return new SendPlanInput
        {
            Now = _now,
            Pieces =
            [
                new DistributionPiece
                {
                    Ref = new PieceRef("diabetes", "p"),
                    ContentDigest = "sha256:p",
                    Spec = new ContentPieceSpec { Campaign = "camp", Format = "email", Channels = ["email", "sms"], Audience = new AudienceSelector { Role = "hcp", Audience = "hcps" } },
                },
            ],
            Audiences = new Dictionary<string, AudienceProfiles> { ["diabetes/hcps"] = new(new AudienceSpec { Role = "hcp" }, [Hcp("a"), Hcp("b")]) },
            Channels = new Dictionary<string, ChannelTargetSpec> { ["diabetes/email"] = Channel("smtp", "email"), ["diabetes/sms"] = Channel("sms", "email") },
            Campaigns = new Dictionary<string, CampaignSpec>
            {
                ["diabetes/camp"] = new()
                {
                    Product = new Product { Type = "rx" },
                    Audience = new AudienceSelector { Role = "hcp", Audience = "hcps" },
                    Distribution = distribution is null ? null : new CampaignDistribution { Channels = distribution },
                },
            },
        };
    }
}
