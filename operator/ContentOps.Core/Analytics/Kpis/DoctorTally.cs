namespace ContentOps.Core.Analytics.Kpis;

/// <summary>The distinct doctors who did one type of event, and how many of them were also reached (delivered).</summary>
/// <param name="Doctors">Distinct doctors with at least one event of the type.</param>
/// <param name="Reached">Of those, the doctors with a delivered event too (the numerator of a rate per doctor reached).</param>
public readonly record struct DoctorTally(long Doctors, long Reached);
