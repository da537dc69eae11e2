using System.Globalization;
using ContentOps.Core.Analytics.Events;

namespace ContentOps.Core.Analytics.Kpis;

/// <summary>
/// Computes an engagement KPI (every KPI but cycle time) from a slice of engagement. Pure. KPIs about doctors count
/// distinct doctors (reach, open and click rate per doctor reached, registrations); read completion and rep follow-ups
/// count events. Every basis names its numerator and denominator.
/// </summary>
public static class KpiCalculator
{
    public static KpiMeasurement Measure(string kpi, EngagementSlice slice)
    {
        ArgumentNullException.ThrowIfNull(slice);
        return Measure(kpi, slice.Inputs());
    }

    /// <summary>The KPI from aggregated inputs (the store's SQL aggregation, or a slice's).</summary>
    public static KpiMeasurement Measure(string kpi, KpiInputs slice)
    {
        ArgumentNullException.ThrowIfNull(slice);
        return kpi switch
        {
            KpiNames.Reach => Doctors(slice, EngagementEventType.Delivered, "reached", "deliveries"),
            KpiNames.WebinarRegistrations => Doctors(slice, EngagementEventType.Registered, "registered", "registrations"),
            KpiNames.RepFollowUps => Count(slice.Events(EngagementEventType.RepFeedback.Name()), "rep feedback events"),
            KpiNames.OpenRate => DoctorRate(slice, EngagementEventType.Opened, "opened"),
            KpiNames.ClickRate => DoctorRate(slice, EngagementEventType.Clicked, "clicked"),
            KpiNames.ReadCompletion => ReadCompletion(slice.Counts),
            _ => KpiMeasurement.None($"{kpi} is not computed from events"),
        };
    }

    /// <summary>Events of one type per event of another (e.g. clicks per delivery), for event-level views such as the funnel.</summary>
    public static double? EventRate(IEnumerable<EngagementCount> counts, EngagementEventType top, EngagementEventType bottom)
    {
        ArgumentNullException.ThrowIfNull(counts);
        long numerator = 0, denominator = 0;
        foreach (var c in counts)
        {
            numerator += c.Type == top.Name() ? c.Events : 0;
            denominator += c.Type == bottom.Name() ? c.Events : 0;
        }

        return denominator == 0 ? null : (double)numerator / denominator;
    }

    private static KpiMeasurement Doctors(KpiInputs slice, EngagementEventType type, string verb, string events)
    {
        var doctors = slice.DoctorsOf(type.Name()).Doctors;
        var count = slice.Events(type.Name());
        if (doctors == 0 && count > 0)
        {
            return new(0, 0, 0, Invariant($"0 doctors {verb}: none of the {count:N0} {events} names a doctor (hcp)"));
        }

        return new(doctors, doctors, 0, Invariant($"{doctors:N0} doctors {verb}; {count:N0} {events}"));
    }

    /// <summary>Doctors who did it among the doctors reached (delivered), so the rate never exceeds 1.</summary>
    private static KpiMeasurement DoctorRate(KpiInputs slice, EngagementEventType type, string verb)
    {
        var reached = slice.DoctorsOf(EngagementEventType.Delivered.Name()).Doctors;
        var did = slice.DoctorsOf(type.Name()).Reached;
        return reached == 0
            ? KpiMeasurement.None(Invariant($"no doctor reached yet ({slice.Events(type.Name()):N0} {verb} events, {slice.Events(EngagementEventType.Delivered.Name()):N0} deliveries)"))
            : new((double)did / reached, did, reached, Invariant($"{did:N0} doctors {verb} of {reached:N0} doctors reached"));
    }

    private static KpiMeasurement Count(long events, string what) =>
        new(events, events, 0, Invariant($"{events:N0} {what}"));

    private static KpiMeasurement ReadCompletion(IEnumerable<EngagementCount> counts)
    {
        var read = EngagementEventType.Read.Name();
        long events = 0;
        double sum = 0;
        foreach (var c in counts.Where(c => c.Type == read))
        {
            events += c.Events;
            sum += c.ReadThroughSum;
        }

        return events == 0
            ? KpiMeasurement.None("no read events yet")
            : new(sum / events, sum, events, Invariant($"mean read-through of {events:N0} reads"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
