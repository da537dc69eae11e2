namespace ContentOps.Core.Distribution;

/// <summary>The rules that can skip a send; <see cref="SkippedSend.Rule"/> holds one.</summary>
public static class SkipRules
{
    /// <summary>No consent for the channel, or it expired, or it postdates the send.</summary>
    public const string Consent = "consent";

    /// <summary>The profile has no contact point (openId, email, mobile) for the channel.</summary>
    public const string Address = "address";

    /// <summary>Prescription-drug content to an HCP whose identity is not verified.</summary>
    public const string Verification = "verification";

    /// <summary>The channel does not reach the piece's audience role.</summary>
    public const string AudienceRole = "audience-role";

    /// <summary>A per-channel frequency cap is used up in the window.</summary>
    public const string ChannelCap = "channel-cap";

    /// <summary>The campaign's cross-channel cap is used up in the window.</summary>
    public const string CampaignCap = "campaign-cap";

    /// <summary>WeChat service account: 4 mass messages per user per calendar month.</summary>
    public const string WeChatMonthlyLimit = "wechat-monthly-limit";

    /// <summary>The send would fall outside the piece's or campaign's schedule (after quiet-hour deferral).</summary>
    public const string Schedule = "schedule";

    /// <summary>The HCP already received this content on this channel.</summary>
    public const string AlreadySent = "already-sent";

    /// <summary><c>distribution.channels: best</c>: the rules allowed this channel, but the HCP gets the piece on another one.</summary>
    public const string ChannelChoice = "channel-choice";
}
