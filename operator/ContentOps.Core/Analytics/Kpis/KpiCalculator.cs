using System.Globalization;
using ContentOps.Core.Analytics.Events;

namespace ContentOps.Core.Analytics.Kpis;

/// <summary>Computes an engagement KPI (every KPI but cycle time) from counted events. Pure.</summary>
public static class KpiCalculator
{
    public static KpiMeasurement Measure(string kpi, IEnumerable<EngagementCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var byType = counts.GroupBy(c => c.Type, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Events: g.Sum(c => c.Events), ReadThrough: g.Sum(c => c.ReadThroughSum)), StringComparer.Ordinal);
        long Events(EngagementEventType type) => byType.TryGetValue(type.Name(), out var v) ? v.Events : 0;
        return kpi switch
        {
            KpiNames.Reach => Count(Events(EngagementEventType.Delivered), "delivered"),
            KpiNames.WebinarRegistrations => Count(Events(EngagementEventType.Registered), "registered"),
            KpiNames.RepFollowUps => Count(Events(EngagementEventType.RepFeedback), "rep feedback"),
            KpiNames.OpenRate => Rate(Events(EngagementEventType.Opened), Events(EngagementEventType.Delivered), "opened", "delivered"),
            KpiNames.ClickRate => Rate(Events(EngagementEventType.Clicked), Events(EngagementEventType.Delivered), "clicked", "delivered"),
            KpiNames.ReadCompletion => ReadCompletion(byType.TryGetValue(EngagementEventType.Read.Name(), out var read) ? read : (0, 0)),
            _ => KpiMeasurement.None($"{kpi} is not computed from events"),
        };
    }

    private static KpiMeasurement Count(long events, string what) =>
        new(events, events, 0, Invariant($"{events:N0} {what}"));

    private static KpiMeasurement Rate(long numerator, long denominator, string top, string bottom) =>
        denominator == 0
            ? KpiMeasurement.None(Invariant($"{numerator:N0} {top}, nothing {bottom} yet"))
            : new((double)numerator / denominator, numerator, denominator, Invariant($"{numerator:N0} {top} of {denominator:N0} {bottom}"));

    private static KpiMeasurement ReadCompletion((long Events, double ReadThrough) read) =>
        read.Events == 0
            ? KpiMeasurement.None("no read events yet")
            : new(read.ReadThrough / read.Events, read.ReadThrough, read.Events, Invariant($"mean read-through of {read.Events:N0} reads"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
