using ContentOps.Core.Distribution;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Distribution;

/// <summary>
/// Applies the suppression list to profiles before planning: an HCP who withdrew consent for a channel (one-click
/// unsubscribe, an SMS 退订) has no consent for it, unless the profile records a consent given after the withdrawal.
/// The planner then skips them with its consent reason, in every later plan of every piece.
/// </summary>
internal static class ConsentSuppression
{
    public static IReadOnlyList<HcpProfile> Apply(IReadOnlyList<HcpProfile> profiles, IReadOnlyDictionary<(string Hcp, string Channel), DateTimeOffset> withdrawn)
    {
        if (withdrawn.Count == 0)
        {
            return profiles;
        }

        return [.. profiles.Select(p => Apply(p, withdrawn))];
    }

    /// <summary>The list keyed by HCP and consent channel.</summary>
    public static IReadOnlyDictionary<(string Hcp, string Channel), DateTimeOffset> Index(IEnumerable<ConsentWithdrawal>? withdrawals) =>
        (withdrawals ?? []).GroupBy(w => (w.Hcp, w.ConsentChannel)).ToDictionary(g => g.Key, g => g.Max(w => w.At));

    private static HcpProfile Apply(HcpProfile profile, IReadOnlyDictionary<(string Hcp, string Channel), DateTimeOffset> withdrawn)
    {
        var result = profile;
        if (Withdrawn(profile, ConsentChannels.Email, profile.EmailConsent, withdrawn))
        {
            result = result with { EmailConsent = ChannelConsent.None };
        }

        if (Withdrawn(profile, ConsentChannels.Sms, profile.SmsConsent, withdrawn))
        {
            result = result with { SmsConsent = ChannelConsent.None };
        }

        if (Withdrawn(profile, ConsentChannels.WeChat, profile.WeChatConsent, withdrawn))
        {
            result = result with { WeChatConsent = ChannelConsent.None };
        }

        return result;
    }

    private static bool Withdrawn(HcpProfile profile, string channel, ChannelConsent consent, IReadOnlyDictionary<(string Hcp, string Channel), DateTimeOffset> withdrawn) =>
        consent.OptIn && withdrawn.TryGetValue((profile.Id, channel), out var at) && !(consent.ConsentAt is { } given && given > at);
}
