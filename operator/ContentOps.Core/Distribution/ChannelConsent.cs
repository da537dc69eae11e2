namespace ContentOps.Core.Distribution;

/// <summary>
/// An HCP's consent to receive content on one kind of channel (wechat, email, sms), with the proof date
/// (<see cref="ConsentAt"/>) and an optional expiry. Consent without a date is no consent: commercial SMS and
/// email rules require proof of when it was given.
/// </summary>
public sealed record ChannelConsent(bool OptIn, DateTimeOffset? ConsentAt, DateTimeOffset? ConsentExpires)
{
    /// <summary>No consent.</summary>
    public static ChannelConsent None { get; } = new(false, null, null);

    /// <summary>True when the HCP opted in, the consent was given at or before <paramref name="at"/> and has not expired by then.</summary>
    public bool IsValidAt(DateTimeOffset at) =>
        OptIn && ConsentAt is { } given && given <= at && (ConsentExpires is not { } expires || at < expires);
}
