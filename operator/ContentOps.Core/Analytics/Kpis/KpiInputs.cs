namespace ContentOps.Core.Analytics.Kpis;

/// <summary>
/// What every engagement KPI is computed from: the counted events and, per event type, the distinct doctors behind
/// them. Small whatever the number of doctors: the store aggregates it in SQL, or <see cref="EngagementSlice.Inputs"/>
/// computes it from the rows in memory.
/// </summary>
public sealed record KpiInputs(IReadOnlyList<EngagementCount> Counts, IReadOnlyDictionary<string, DoctorTally> Doctors)
{
    /// <summary>Events of one type.</summary>
    public long Events(string type) => Counts.Where(c => c.Type == type).Sum(c => c.Events);

    /// <summary>The distinct doctors of one type (zero when none).</summary>
    public DoctorTally DoctorsOf(string type) => Doctors.GetValueOrDefault(type);
}
