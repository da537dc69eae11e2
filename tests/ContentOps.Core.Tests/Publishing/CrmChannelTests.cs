using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Publishing.Crm;
using ContentOps.Core.Publishing.Hcp;
using ContentOps.Core.Publishing.Resilience;
using ContentOps.Core.Tests.Publishing.Servers;

namespace ContentOps.Core.Tests.Publishing;

/// <summary>The CRM channel against a local signed webhook.</summary>
public sealed class CrmChannelTests
{
    [Fact]
    public async Task TalkTracks_AndNbaCards_ArriveSigned_ForTheHcpsRep_AndWithdrawalRemovesThem()
    {
        await using var crm = await SignedJsonReceiver.StartAsync(Sends.Secret);
        var channel = Sends.Channel("crm", crm.Url);
        var client = new CrmChannel(ResilientHttpHandler.CreateClient(new ChannelPipelines(TimeProvider.System)), TimeProvider.System);

        var outcomes = await client.SendAsync(Sends.Batch(channel, ContentFormats.RepTalkTrack, Sends.Hcp(1)), default);
        await client.PushAsync(channel, Sends.Secret, [new CrmItem
        {
            Kind = "nba-card", IdempotencyKey = "nba-1", Rep = "rep-07", Hcp = "hcp-0001", Action = "visit", Reason = "Opened the efficacy article twice this week.", Priority = 0.9,
        }], default);
        var withdrawn = await client.WithdrawAsync(new HcpWithdrawal
        {
            IdempotencyKey = outcomes[0].IdempotencyKey,
            Piece = "diabetes/p",
            Channel = channel,
            Recipient = Sends.Hcp(1),
            ExternalId = "gw-1",
            Reason = "Deleted",
            Secret = Sends.Secret,
        }, default);

        var requests = crm.Requests.ToList();
        Assert.All(requests, r => Assert.True(r.SignatureValid));
        Assert.Equal("talk-track", requests[0].Body["item"]!["kind"]!.GetValue<string>());
        Assert.Equal("rep-07", requests[0].Body["item"]!["rep"]!.GetValue<string>());
        Assert.Equal("nba-card", requests[1].Body["item"]!["kind"]!.GetValue<string>());
        Assert.Equal("withdraw", requests[2].Body["event"]!.GetValue<string>());
        Assert.Equal(WithdrawalResult.Retracted, withdrawn);
    }
}
