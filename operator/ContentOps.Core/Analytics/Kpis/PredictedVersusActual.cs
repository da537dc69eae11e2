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
    public static (DateOnly? Cutoff, IReadOnlyList<Cell> Cells) Compare(EngagementSlice engagement)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        var units = SendEngagement.Units(engagement.Hcps, SendEngagement.OpenChannels(engagement.Hcps));
        var days = units.Select(u => u.Delivered.FirstDay).Order().ToList();
        if (days.Count == 0 || days[0] == days[^1])
        {
            return (null, []);
        }

        var cutoff = days[days.Count / 2];
        if (cutoff == days[0])
        {
            cutoff = cutoff.AddDays(1);
        }

        var before = Cells(units.Where(u => u.Delivered.FirstDay < cutoff));
        var after = Cells(units.Where(u => u.Delivered.FirstDay >= cutoff));
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

    private static Dictionary<(string Channel, string Segment), (double Engaged, double Delivered)> Cells(IEnumerable<(EngagedHcp Delivered, bool Engaged)> units) =>
        units.GroupBy(u => (u.Delivered.Channel, u.Delivered.Segment))
            .ToDictionary(g => g.Key, g => ((double)g.Count(u => u.Engaged), (double)g.Count()));

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
