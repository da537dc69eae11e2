using ContentOps.Core.Analytics.Events;

namespace ContentOps.Core.Analytics.Kpis;

/// <summary>
/// Predicted against actual engagement per channel × segment: the segment × channel baseline (the historical share
/// of doctors reached who engaged, smoothed towards the overall share with a prior worth <see cref="PriorWeight"/>
/// doctors) learnt from the doctors reached before a cut-off day, compared with the doctors reached from that day on.
/// Engaged means opened, or clicked on channels without opens (SMS).
/// </summary>
public static class PredictedVersusActual
{
    public const double PriorWeight = 20;

    public const string ModelVersion = "baseline-segment-channel";

    public sealed record Cell(string Channel, string Segment, double Predicted, double? Actual, long Delivered);

    /// <summary>
    /// Per doctor reached with a piece on a channel (<see cref="SendEngagement"/>: repeated opens count once). The
    /// cut-off is the middle day on which doctors were reached, so both halves hold about as many; a doctor belongs to
    /// the half of the day they were first reached.
    /// </summary>
    public static (DateOnly? Cutoff, IReadOnlyList<Cell> Cells) Compare(EngagementSlice engagement) => Compare(Units(engagement));

    /// <summary>The same from reached units counted per channel × segment × day × engaged (what the store aggregates in SQL).</summary>
    public static (DateOnly? Cutoff, IReadOnlyList<Cell> Cells) Compare(IReadOnlyList<ReachedUnits> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var reached = units.Where(u => u.Units > 0).ToList();
        if (reached.Count == 0 || reached.Min(u => u.Day) == reached.Max(u => u.Day))
        {
            return (null, []);
        }

        var days = reached.GroupBy(u => u.Day).Select(g => (Day: g.Key, Units: g.Sum(u => u.Units))).OrderBy(d => d.Day).ToList();
        var cutoff = Median(days, days.Sum(d => d.Units));
        if (cutoff == days[0].Day)
        {
            cutoff = cutoff.AddDays(1);
        }

        var before = Cells(reached.Where(u => u.Day < cutoff));
        var after = Cells(reached.Where(u => u.Day >= cutoff));
        var overall = before.Values.Sum(v => v.Delivered) == 0 ? 0 : before.Values.Sum(v => v.Engaged) / before.Values.Sum(v => v.Delivered);
        var cells = after
            .Where(a => a.Value.Delivered > 0)
            .Select(a =>
            {
                var (engaged, n) = before.GetValueOrDefault(a.Key);
                return new Cell(a.Key.Channel, a.Key.Segment, (engaged + (PriorWeight * overall)) / (n + PriorWeight), a.Value.Engaged / a.Value.Delivered, (long)a.Value.Delivered);
            })
            .OrderBy(c => c.Channel, StringComparer.Ordinal).ThenBy(c => c.Segment, StringComparer.Ordinal)
            .ToList();
        return (cutoff, cells);
    }

    /// <summary>A campaign's reached units from its rows in memory, counted per channel × segment × day × engaged.</summary>
    public static IReadOnlyList<ReachedUnits> Units(EngagementSlice engagement)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        return [.. SendEngagement.Units(engagement.Hcps, SendEngagement.OpenChannels(engagement.Hcps))
            .GroupBy(u => (u.Delivered.Channel, u.Delivered.Segment, u.Delivered.FirstDay, u.Engaged))
            .Select(g => new ReachedUnits(g.Key.Channel, g.Key.Segment, g.Key.FirstDay, g.Key.Engaged, g.Count()))
            .OrderBy(u => u.Channel, StringComparer.Ordinal).ThenBy(u => u.Segment, StringComparer.Ordinal).ThenBy(u => u.Day).ThenBy(u => u.Engaged)];
    }

    /// <summary>The day of the middle unit (index count / 2 of the units sorted by day).</summary>
    private static DateOnly Median(List<(DateOnly Day, long Units)> days, long count)
    {
        var seen = 0L;
        foreach (var (day, units) in days)
        {
            seen += units;
            if (seen > count / 2)
            {
                return day;
            }
        }

        return days[^1].Day;
    }

    private static Dictionary<(string Channel, string Segment), (double Engaged, double Delivered)> Cells(IEnumerable<ReachedUnits> units) =>
        units.GroupBy(u => (u.Channel, u.Segment))
            .ToDictionary(g => g.Key, g => ((double)g.Where(u => u.Engaged).Sum(u => u.Units), (double)g.Sum(u => u.Units)));

    /// <summary>Engaged (opened, or clicked where nothing is opened) and delivered of some counts.</summary>
    public static (double Engaged, double Delivered) Engagement(IEnumerable<EngagementCount> counts)
    {
        long opened = 0, clicked = 0, delivered = 0;
        foreach (var c in counts)
        {
            if (c.Type == EngagementEventType.Opened.Name())
            {
                opened += c.Events;
            }
            else if (c.Type == EngagementEventType.Clicked.Name())
            {
                clicked += c.Events;
            }
            else if (c.Type == EngagementEventType.Delivered.Name())
            {
                delivered += c.Events;
            }
        }

        // Repeated opens are events, not doctors: never more engaged than delivered.
        return (Math.Min(opened > 0 ? opened : clicked, delivered), delivered);
    }
}
