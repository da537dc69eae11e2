namespace ContentOps.Core.Distribution.Planning;

/// <summary>One way the hard rules allow a send: on this ChannelTarget, with this segment's variant, at this time.</summary>
/// <param name="Channel">ChannelTarget, namespace/name.</param>
/// <param name="Variant">The segment whose variant is sent (one the HCP is in), or null for the piece's single rendition.</param>
/// <param name="SendAt">When, in the channel's time zone.</param>
public sealed record SendOption(string Channel, string? Variant, DateTimeOffset SendAt);
