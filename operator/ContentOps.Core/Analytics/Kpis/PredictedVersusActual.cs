using ContentOps.Core.Analytics.Events;

namespace ContentOps.Core.Analytics.Kpis;

/// <summary>
/// Predicted against actual engagement per channel × segment: the segment × channel baseline (the historical
/// engaged-per-delivered rate smoothed towards the overall rate with a prior worth <see cref="PriorWeight"/>
/// deliveries) learnt from the events before a cut-off day, compared with what happened from that day on. Engaged
/// means opened, or clicked on channels without opens (SMS).
/// </summary>
public static class PredictedVersusActual
{
    public const double PriorWeight = 20;

    public const string ModelVersion = "baseline-segment-channel";

    public sealed record Cell(string Channel, string Segment, double Predicted, double? Actual, long Delivered);

    /// <summary>The cut-off is the middle day of the deliveries, so both halves hold about as many.</summary>
    public static (DateOnly? Cutoff, IReadOnlyList<Cell> Cells) Compare(IReadOnlyList<EngagementCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var delivered = EngagementEventType.Delivered.Name();
        var days = counts.Where(c => c.Type == delivered).SelectMany(c => Enumerable.Repeat(c.Day, (int)Math.Min(c.Events, 10_000))).Order().ToList();
        if (days.Count == 0 || days[0] == days[^1])
        {
            return (null, []);
        }

        var cutoff = days[days.Count / 2];
        if (cutoff == days[0])
        {
            cutoff = cutoff.AddDays(1);
        }

        var before = Cells(counts.Where(c => c.Day < cutoff));
        var after = Cells(counts.Where(c => c.Day >= cutoff));
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

    private static Dictionary<(string Channel, string Segment), (double Engaged, double Delivered)> Cells(IEnumerable<EngagementCount> counts)
    {
        var cells = new Dictionary<(string, string), (double Engaged, double Delivered)>();
        foreach (var group in counts.GroupBy(c => (c.Channel, c.Segment)))
        {
            var measured = Engagement(group);
            if (measured.Delivered > 0)
            {
                cells[group.Key] = measured;
            }
        }

        return cells;
    }

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

        return (opened > 0 ? opened : Math.Min(clicked, delivered), delivered);
    }
}
