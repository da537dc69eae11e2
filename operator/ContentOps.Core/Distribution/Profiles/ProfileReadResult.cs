namespace ContentOps.Core.Distribution.Profiles;

/// <summary>
/// What reading a profile source gave: the good profiles (in source order), the rejected rows, and a fatal error
/// (unreadable source, missing required columns) that rejects the whole source.
/// </summary>
public sealed record ProfileReadResult
{
    public IReadOnlyList<HcpProfile> Profiles { get; init; } = [];

    public IReadOnlyList<ProfileIssue> Rejected { get; init; } = [];

    /// <summary>Why nothing could be read, naming the source and the fix; null when the source was read.</summary>
    public string? Error { get; init; }

    /// <summary>A fatal error.</summary>
    public static ProfileReadResult Failed(string error) => new() { Error = error };

    /// <summary>Profiles that opted in to a consent channel (whether or not the consent is still valid), per channel.</summary>
    public IReadOnlyDictionary<string, int> OptInsPerChannel() =>
        ConsentChannels.All.ToDictionary(c => c, c => Profiles.Count(p => p.ConsentFor(c).OptIn), StringComparer.Ordinal);
}
