using ContentOps.Core.Analytics.Events;

namespace ContentOps.Core.Analytics.Kpis;

/// <summary>
/// The engagement a KPI is measured over: counted events (daily aggregates) and the distinct doctors behind them,
/// always filtered together so a breakdown's events and doctors describe the same piece, channel, segment or region.
/// </summary>
public sealed record EngagementSlice(IReadOnlyList<EngagementCount> Counts, IReadOnlyList<EngagedHcp> Hcps)
{
    public static EngagementSlice Empty { get; } = new([], []);

    /// <summary>Only what matches <paramref name="keep"/>, in both lists.</summary>
    public EngagementSlice Where(Func<IEngagementDimensions, bool> keep) =>
        new([.. Counts.Where(c => keep(c))], [.. Hcps.Where(h => keep(h))]);

    /// <summary>One slice per value of a dimension (<see cref="KpiBreakdown.Unknown"/> for events without it).</summary>
    public IReadOnlyList<(string Key, EngagementSlice Slice)> By(KpiDimension dimension)
    {
        var counts = Counts.ToLookup(c => KpiBreakdown.KeyOf(dimension, c), StringComparer.Ordinal);
        var hcps = Hcps.ToLookup(h => KpiBreakdown.KeyOf(dimension, h), StringComparer.Ordinal);
        return [.. counts.Select(g => g.Key).Union(hcps.Select(g => g.Key), StringComparer.Ordinal)
            .Select(key => (key, new EngagementSlice([.. counts[key]], [.. hcps[key]])))];
    }

    /// <summary>Events of one type.</summary>
    public long Events(string type) => Counts.Where(c => c.Type == type).Sum(c => c.Events);

    /// <summary>The distinct doctors who did <paramref name="type"/> at least once.</summary>
    public HashSet<string> Doctors(string type) => new(Hcps.Where(h => h.Type == type).Select(h => h.Hcp), StringComparer.Ordinal);

    /// <summary>The counts and, per type, the distinct doctors and how many of them were reached: computed in memory.</summary>
    public KpiInputs Inputs()
    {
        var reached = Doctors(EngagementEventType.Delivered.Name());
        var doctors = Hcps.GroupBy(h => h.Type, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g =>
            {
                var did = new HashSet<string>(g.Select(h => h.Hcp), StringComparer.Ordinal);
                return new DoctorTally(did.Count, did.Count(reached.Contains));
            },
            StringComparer.Ordinal);
        return new(Counts, doctors);
    }
}
