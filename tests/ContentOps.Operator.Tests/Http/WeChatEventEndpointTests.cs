using System.Net;
using System.Security.Cryptography;
using System.Text;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Publishing.Hcp;
using ContentOps.Operator.Http;
using ContentOps.Operator.Stores;
using ContentOps.Operator.Stores.Local;
using ContentOps.Operator.Tests.Stores.Local;

namespace ContentOps.Operator.Tests.Http;

public sealed class WeChatEventEndpointTests
{
    private const string Token = "planted-wechat-token-61aa";
    private static readonly DateTimeOffset _at = new(2026, 12, 5, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task MassSendJobFinish_MarksEverySendOfThatMessageDelivered_AndNeedsWeChatsSignature()
    {
        using var folder = new TempStateFolder();
        using var state = LocalStateStore.Open(folder.Path);
        await state.Sends.RecordIntentsAsync([Entry("k1", "hcp-1"), Entry("k2", "hcp-2"), Entry("k3", "hcp-3")], default);
        await state.Sends.RecordReceiptsAsync([new SendReceiptRecord("k1", "1000001", _at), new SendReceiptRecord("k2", "1000001", _at), new SendReceiptRecord("k3", "2000002", _at)], default);
        var channel = new ChannelTarget
        {
            Metadata = new Core.Api.ObjectMeta { Name = "wechat-hcp", Namespace = "diabetes" },
            Spec = new ChannelTargetSpec { Type = "wechat", Endpoint = "https://api.weixin.qq.com" },
        };
        await using var api = await ApiHost.StartAsync(state, new ApiAuth("t", null), new Operator.Reconcilers.EnvironmentSecretResolver(),
            new Dictionary<string, ChannelTarget> { ["wechat-hcp"] = channel }, adjust: b => b with { WeChatToken = () => Token });
        const string xml = "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[o1]]></FromUserName><CreateTime>1765000000</CreateTime>"
            + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[MASSSENDJOBFINISH]]></Event><MsgID>1000001</MsgID><Status><![CDATA[send success]]></Status>"
            + "<TotalCount>2</TotalCount><FilterCount>2</FilterCount><SentCount>2</SentCount><ErrorCount>0</ErrorCount></xml>";

        var check = await api.Http.GetAsync(Signed("/v1/callbacks/wechat/diabetes/wechat-hcp", Token) + "&echostr=abc123");
        var forged = await api.Http.PostAsync(Signed("/v1/callbacks/wechat/diabetes/wechat-hcp", "another-token"), new StringContent(xml));
        var pushed = await api.Http.PostAsync(Signed("/v1/callbacks/wechat/diabetes/wechat-hcp", Token), new StringContent(xml));
        var broken = await api.Http.PostAsync(Signed("/v1/callbacks/wechat/diabetes/wechat-hcp", Token), new StringContent("<xml><Event>"));

        Assert.Equal("abc123", await check.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal("success", await pushed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        var sends = await state.Sends.ListForPieceAsync("uid-1", default);
        Assert.Equal([DeliveryStatus.Delivered, DeliveryStatus.Delivered, null], sends.Select(s => s.DeliveryStatus));
        Assert.DoesNotContain(Token, await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Signed(string path, string token)
    {
        const string timestamp = "1765000000", nonce = "n0nce";
        string[] parts = [token, timestamp, nonce];
        Array.Sort(parts, StringComparer.Ordinal);
        var signature = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
        return $"{path}?signature={signature}&timestamp={timestamp}&nonce={nonce}";
    }

    private static SendEntry Entry(string key, string hcp) => new()
    {
        IdempotencyKey = key,
        PieceUid = "uid-1",
        PieceRef = "diabetes/klp-wechat",
        Hcp = hcp,
        Channel = "diabetes/wechat-hcp",
        ContentDigest = "sha256:abc",
        CreatedAt = _at,
        DueAt = _at,
    };
}
