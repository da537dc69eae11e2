namespace ContentOps.Core.Distribution.Profiles;

/// <summary>The columns (CSV header, JSONL keys, SQL result columns) a profile source must and may have.</summary>
public static class ProfileColumns
{
    /// <summary>Columns every profile source must have (a value may be empty where the column allows it).</summary>
    public static readonly IReadOnlyList<string> Required =
    [
        "id", "name", "title", "specialty", "hospital", "hospitalTier", "region", "verified",
        "wechatOpenId", "email", "mobile", "wechatOptIn", "emailOptIn", "smsOptIn", "consentAt",
        "preferredChannel", "personalizationOptOut", "repId",
    ];

    /// <summary>
    /// Optional columns: a shared consent expiry, per-channel consent dates that override the shared ones, and
    /// engagement history (opens, clicks, last contact, interests separated by ';').
    /// </summary>
    public static readonly IReadOnlyList<string> Optional =
    [
        "consentExpires",
        "wechatConsentAt", "emailConsentAt", "smsConsentAt",
        "wechatConsentExpires", "emailConsentExpires", "smsConsentExpires",
        "opens", "clicks", "lastContactAt", "interests",
    ];

    /// <summary>Values preferredChannel may take (empty means none).</summary>
    public static readonly IReadOnlyList<string> PreferredChannels = ["wechat", "email", "sms", "rep"];
}
