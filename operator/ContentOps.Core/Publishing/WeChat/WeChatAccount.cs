using ContentOps.Core.Api.Channels;

namespace ContentOps.Core.Publishing.WeChat;

/// <summary>Where and as whom to call the WeChat API for one ChannelTarget.</summary>
public sealed record WeChatAccount(string Channel, string BaseUrl, string AppId, string AppSecret)
{
    /// <summary>The account of a channel: endpoint (API base URL), spec.accountId (AppID) and the AppSecret from its secret.</summary>
    public static WeChatAccount Of(ChannelTarget channel, string? secret)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var name = $"{channel.Metadata.EffectiveNamespace}/{channel.Metadata.Name}";
        if (string.IsNullOrWhiteSpace(channel.Spec.AccountId))
        {
            throw new ChannelException($"ChannelTarget {channel.Metadata.Name} needs spec.accountId (the service account's AppID).", permanent: true);
        }

        if (string.IsNullOrEmpty(secret))
        {
            throw new ChannelException(
                $"ChannelTarget {channel.Metadata.Name} has no AppSecret: set spec.secretRef and provide the secret (an environment variable embedded, a Secret in the cluster).", permanent: true);
        }

        if (!Uri.TryCreate(channel.Spec.Endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new ChannelException($"ChannelTarget {channel.Metadata.Name}: endpoint must be the API base URL, e.g. https://api.weixin.qq.com.", permanent: true);
        }

        return new WeChatAccount(name, uri.GetLeftPart(UriPartial.Path).TrimEnd('/'), channel.Spec.AccountId, secret);
    }
}
