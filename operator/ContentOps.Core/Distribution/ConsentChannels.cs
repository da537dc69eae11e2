using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.ContentPieces;

namespace ContentOps.Core.Distribution;

/// <summary>
/// The kinds of channel an HCP consents to individually. A ChannelTarget maps to one by its type
/// (smtp, wechat, sms) or, for file and webhook targets that stand in for them, by the format it carries.
/// Rep-facing channels (talk tracks) reach reps, not doctors, and need no HCP consent.
/// </summary>
public static class ConsentChannels
{
    /// <summary>WeChat service account (openId).</summary>
    public const string WeChat = "wechat";

    /// <summary>Email (address).</summary>
    public const string Email = "email";

    /// <summary>SMS (mobile number).</summary>
    public const string Sms = "sms";

    /// <summary>Every consent channel, in the order profiles list them.</summary>
    public static readonly IReadOnlyList<string> All = [WeChat, Email, Sms];

    /// <summary>The consent channel a target delivers to individual HCPs on, or null when it does not reach HCPs one by one.</summary>
    public static string? For(ChannelTargetSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        switch (spec.Type)
        {
            case "smtp": return Email;
            case "wechat": return WeChat;
            case "sms": return Sms;
        }
        foreach (var format in spec.Formats)
        {
            switch (format)
            {
                case ContentFormats.Email: return Email;
                case ContentFormats.WeChatArticle: return WeChat;
                case ContentFormats.Sms: return Sms;
            }
        }
        return null;
    }
}
