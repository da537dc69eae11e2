using ContentOps.Core.Api;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Generation;
using ContentOps.Core.Publishing.Email;
using ContentOps.Core.Publishing.Hcp;

namespace ContentOps.Core.Tests.Publishing;

/// <summary>Channels, recipients and batches the channel tests share.</summary>
internal static class Sends
{
    public const string Secret = "planted-secret-7f3a9c";

    /// <summary>Signs the batches' unsubscribe links.</summary>
    public static readonly UnsubscribeSigner Signer = new(System.Text.Encoding.UTF8.GetBytes("unsubscribe-test-key-0123456789ab"));

    public static ChannelTarget Channel(string type, string endpoint, Func<ChannelTargetSpec, ChannelTargetSpec>? adjust = null)
    {
        var spec = new ChannelTargetSpec
        {
            Type = type,
            Endpoint = endpoint,
            Formats = [type switch { "smtp" => ContentFormats.Email, "sms" => ContentFormats.Sms, "crm" => ContentFormats.RepTalkTrack, _ => ContentFormats.WeChatArticle }],
            AllowedAudienceRoles = ["hcp"],
            Sender = type == "sms" ? "【远澜医学】" : "远澜制药医学信息部 <medinfo@example.com>",
            SecretRef = new SecretReference { Name = "CHANNEL_SECRET" },
            UnsubscribeUrl = "https://hcp.example.com/unsubscribe?hcp={hcp}&k={key}",
            AccountId = "wx0123456789",
            CoverMediaId = "cover-1",
            WithdrawalCorrection = "此前发送的康力平资料已撤回，请勿再参考。",
        };
        return new ChannelTarget
        {
            Metadata = new ObjectMeta { Name = $"test-{type}", Namespace = "diabetes" },
            Spec = adjust is null ? spec : adjust(spec),
        };
    }

    public static HcpRecipient Hcp(int n, bool personalized = true) => new()
    {
        Id = $"hcp-{n:0000}",
        Name = n % 2 == 0 ? "罗静怡" : "徐明哲",
        Title = "主任医师",
        Email = $"hcp{n:0000}@example.com",
        Mobile = $"1380000{n:0000}",
        WechatOpenId = $"oOPENID{n:0000}",
        RepId = "rep-07",
        Personalized = personalized,
    };

    public static HcpSendBatch Batch(ChannelTarget channel, string format, params HcpRecipient[] recipients) => new()
    {
        Piece = "diabetes/klp-email-launch",
        ContentDigest = "sha256:abc",
        Channel = channel,
        Rendition = new Rendition
        {
            Channel = channel.Metadata.Name,
            Format = format,
            Title = "康力平：二甲双胍控制不佳患者的新选择",
            Body = format == ContentFormats.Sms
                ? "【远澜医学】12月10日19:30康力平线上学术会，欢迎参加。"
                : "康力平在24周时使HbA1c较基线降低1.2%。\n\n低血糖发生率与安慰剂相当。",
        },
        Sends = [.. recipients.Select(r => new HcpSend(HcpSendKeys.For("uid-1", r.Id, channel.Metadata.Name, "sha256:abc"), r))],
        PublicationId = "article-9#media-9",
        Secret = Secret,
        Unsubscribe = Signer,
    };
}
