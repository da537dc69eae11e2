namespace ContentOps.Core.Distribution.Planning;

/// <summary>An audience's profiles in id order with each one's segment memberships as a bit mask, computed once per plan.</summary>
internal sealed class AudienceIndex
{
    /// <summary>The profile is in none of the piece's segments.</summary>
    public const int NotInAudience = int.MinValue;

    /// <summary>The piece names no segments and the profile matches none of the audience's: it is targeted without a segment.</summary>
    public const int NoSegment = -1;

    private readonly ulong[] _masks;
    private readonly AudienceProfiles _audience;

    public AudienceIndex(AudienceProfiles audience)
    {
        _audience = audience;
        Profiles = [.. audience.Profiles.OrderBy(p => p.Id, StringComparer.Ordinal)];
        _masks = new ulong[Profiles.Length];
        var segments = audience.Spec.Segments;
        for (var i = 0; i < Profiles.Length; i++)
        {
            for (var s = 0; s < Math.Min(segments.Count, 64); s++)
            {
                if (Profiles[i].IsIn(segments[s]))
                {
                    _masks[i] |= 1UL << s;
                }
            }
        }
    }

    public HcpProfile[] Profiles { get; }

    /// <summary>Indices of the named segments in the audience, in the order named (unknown names are left out).</summary>
    public int[] IndicesOf(IReadOnlyList<string> names)
    {
        var all = _audience.Spec.Segments;
        return [.. names.Select(n => Enumerable.Range(0, Math.Min(all.Count, 64)).FirstOrDefault(i => all[i].Name == n, -1)).Where(i => i >= 0)];
    }

    /// <summary>The first of <paramref name="segments"/> the profile is in, <see cref="NoSegment"/> or <see cref="NotInAudience"/>.</summary>
    public int FirstSegment(int profile, int[]? segments)
    {
        var mask = _masks[profile];
        if (segments is null)
        {
            return mask == 0 ? NoSegment : System.Numerics.BitOperations.TrailingZeroCount(mask);
        }
        foreach (var s in segments)
        {
            if ((mask & (1UL << s)) != 0)
            {
                return s;
            }
        }
        return NotInAudience;
    }

    /// <summary>Every one of <paramref name="segments"/> the profile is in, in the order given.</summary>
    public IEnumerable<int> Matching(int profile, int[] segments)
    {
        var mask = _masks[profile];
        return segments.Where(s => (mask & (1UL << s)) != 0);
    }
}
