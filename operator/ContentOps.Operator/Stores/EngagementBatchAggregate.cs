using ContentOps.Core.Analytics.Events;

namespace ContentOps.Operator.Stores;

/// <summary>
/// What the new events of one batch add to the aggregates, summed in memory so the store writes each daily row, each
/// total and each doctor once per batch instead of once per event. A doctor keeps the segment, region and team of its
/// first event in the batch and the earliest day of all, which is what writing the events one by one left.
/// </summary>
internal sealed class EngagementBatchAggregate
{
    public readonly record struct DayKey(string Day, string Campaign, string Channel, string Segment, string Region, string Type, string Piece, string Team, string Sentiment);

    public readonly record struct DoctorKey(string Campaign, string Piece, string Channel, string Type, string Hcp);

    public sealed class Sums
    {
        public long Events { get; set; }

        public double ReadThrough { get; set; }

        public double DwellSeconds { get; set; }
    }

    public sealed record Doctor(string Segment, string Region, string Team)
    {
        public string FirstDay { get; set; } = "";
    }

    public Dictionary<DayKey, Sums> Days { get; } = [];

    public Dictionary<DoctorKey, Doctor> Doctors { get; } = [];

    /// <summary>Adds one newly stored event (its attributed form) on its UTC day.</summary>
    public void Add(EngagementEvent e, string day, string? pieceRef, string sentiment)
    {
        var type = e.Type.Name();
        var key = new DayKey(day, e.Campaign ?? "", e.Channel ?? "", e.Segment ?? "", e.Region ?? "", type, pieceRef ?? "", e.Team ?? "", sentiment);
        if (!Days.TryGetValue(key, out var sums))
        {
            Days[key] = sums = new Sums();
        }

        sums.Events++;
        sums.ReadThrough += e.ReadThrough ?? 0;
        sums.DwellSeconds += e.DwellSeconds ?? 0;
        if (e.Hcp is null)
        {
            return;
        }

        var doctorKey = new DoctorKey(e.Campaign ?? "", pieceRef ?? "", e.Channel ?? "", type, e.Hcp);
        if (!Doctors.TryGetValue(doctorKey, out var doctor))
        {
            Doctors[doctorKey] = doctor = new Doctor(e.Segment ?? "", e.Region ?? "", e.Team ?? "") { FirstDay = day };
        }
        else if (string.CompareOrdinal(day, doctor.FirstDay) < 0)
        {
            doctor.FirstDay = day;
        }
    }

    /// <summary>The day sums without the day (engagement_totals' key), in the order of first appearance.</summary>
    public IEnumerable<(DayKey Key, Sums Sums)> Totals() =>
        Days.GroupBy(d => d.Key with { Day = "" })
            .Select(g => (g.Key, new Sums { Events = g.Sum(d => d.Value.Events), ReadThrough = g.Sum(d => d.Value.ReadThrough), DwellSeconds = g.Sum(d => d.Value.DwellSeconds) }));
}
