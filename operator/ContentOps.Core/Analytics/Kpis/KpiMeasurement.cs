namespace ContentOps.Core.Analytics.Kpis;

/// <summary>A KPI's value over some events, with the counts it came from (a rate's denominator decides whether it can be judged).</summary>
public sealed record KpiMeasurement(double? Value, double Numerator, long Denominator, string Basis)
{
    public static KpiMeasurement None(string basis) => new(null, 0, 0, basis);
}
