namespace ContentOps.Core.Distribution.Profiles;

/// <summary>Collects mapped rows: keeps good ones, rejects bad rows and repeated ids with their location.</summary>
public sealed class ProfileRowCollector
{
    private readonly List<HcpProfile> _profiles = [];
    private readonly List<ProfileIssue> _rejected = [];
    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);

    /// <summary>Maps and keeps a row, or rejects it with its location.</summary>
    public void Add(string location, Func<string, string?> column)
    {
        var profile = ProfileRowMapper.Map(column, out var error);
        if (profile is null)
        {
            _rejected.Add(new ProfileIssue(location, error!));
            return;
        }
        if (!_seen.TryAdd(profile.Id, location))
        {
            _rejected.Add(new ProfileIssue(location, $"id {profile.Id} repeats the profile at {_seen[profile.Id]}: ids must be unique"));
            return;
        }
        _profiles.Add(profile);
    }

    public void Reject(string location, string message) => _rejected.Add(new ProfileIssue(location, message));

    public ProfileReadResult Result() => new() { Profiles = _profiles, Rejected = _rejected };
}
