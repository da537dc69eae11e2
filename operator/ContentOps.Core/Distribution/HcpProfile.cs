using ContentOps.Core.Api.Audiences;

namespace ContentOps.Core.Distribution;

/// <summary>
/// One healthcare professional as the profile source describes them: identity, practice, contact points,
/// per-channel consent, preferences and the rep who covers them. Personal data: never logged or written to status.
/// </summary>
public sealed record HcpProfile
{
    /// <summary>Stable id from the master data, e.g. hcp-0001.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Professional title, e.g. 主任医师.</summary>
    public string Title { get; init; } = "";

    /// <summary>Specialty, e.g. endocrinology.</summary>
    public string Specialty { get; init; } = "";

    public string Hospital { get; init; } = "";

    /// <summary>tier3, tier2, tier1 or community.</summary>
    public string HospitalTier { get; init; } = "";

    /// <summary>Province or city.</summary>
    public string Region { get; init; } = "";

    /// <summary>Identity verified as a licensed HCP: required for prescription-drug content.</summary>
    public bool Verified { get; init; }

    public string? WeChatOpenId { get; init; }

    public string? Email { get; init; }

    public string? Mobile { get; init; }

    public ChannelConsent WeChatConsent { get; init; } = ChannelConsent.None;

    public ChannelConsent EmailConsent { get; init; } = ChannelConsent.None;

    public ChannelConsent SmsConsent { get; init; } = ChannelConsent.None;

    /// <summary>wechat, email, sms or rep (visits); empty when unknown.</summary>
    public string PreferredChannel { get; init; } = "";

    /// <summary>PIPL Art. 24: the HCP refused personalisation; they get the non-personalised selection and no profile-driven ranking.</summary>
    public bool PersonalizationOptOut { get; init; }

    /// <summary>Id of the medical rep who covers the HCP, or empty.</summary>
    public string RepId { get; init; } = "";

    public HcpEngagement Engagement { get; init; } = HcpEngagement.None;

    /// <summary>The consent for a consent channel (<see cref="ConsentChannels"/>); none for an unknown one.</summary>
    public ChannelConsent ConsentFor(string consentChannel) => consentChannel switch
    {
        ConsentChannels.WeChat => WeChatConsent,
        ConsentChannels.Email => EmailConsent,
        ConsentChannels.Sms => SmsConsent,
        _ => ChannelConsent.None,
    };

    /// <summary>The contact point for a consent channel (openId, address, mobile), or null when the profile has none.</summary>
    public string? AddressFor(string consentChannel) => consentChannel switch
    {
        ConsentChannels.WeChat => NullIfEmpty(WeChatOpenId),
        ConsentChannels.Email => NullIfEmpty(Email),
        ConsentChannels.Sms => NullIfEmpty(Mobile),
        _ => null,
    };

    /// <summary>True when every attribute list the segment declares contains the profile's value (an empty list matches all).</summary>
    public bool IsIn(Segment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return Matches(segment.Specialties, Specialty)
            && Matches(segment.HospitalTiers, HospitalTier)
            && Matches(segment.Regions, Region)
            && Matches(segment.Titles, Title);
    }

    private static bool Matches(IReadOnlyList<string>? allowed, string value)
    {
        if (allowed is null || allowed.Count == 0)
        {
            return true;
        }
        foreach (var candidate in allowed)
        {
            if (string.Equals(candidate, value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
