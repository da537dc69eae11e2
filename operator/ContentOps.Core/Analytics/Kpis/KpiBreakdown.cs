namespace ContentOps.Core.Analytics.Kpis;

/// <summary>A KPI per value of one dimension (per piece, variant, channel, segment, region or rep team), largest basis first.</summary>
public static class KpiBreakdown
{
    /// <summary>The label of unknown values (events without that dimension).</summary>
    public const string Unknown = "(unknown)";

    public static IReadOnlyList<(string Key, KpiMeasurement Measurement)> By(KpiDimension dimension, string kpi, IEnumerable<EngagementCount> counts) =>
        [.. counts.GroupBy(c => KeyOf(dimension, c), StringComparer.Ordinal)
            .Select(g => (g.Key, Measurement: KpiCalculator.Measure(kpi, g)))
            .OrderByDescending(x => x.Measurement.Denominator)
            .ThenByDescending(x => x.Measurement.Value ?? 0)
            .ThenBy(x => x.Key, StringComparer.Ordinal)];

    public static string KeyOf(KpiDimension dimension, EngagementCount count)
    {
        ArgumentNullException.ThrowIfNull(count);
        var key = dimension switch
        {
            KpiDimension.Piece => count.Piece,
            KpiDimension.Variant => count.Piece.Length == 0 ? "" : count.Segment.Length == 0 ? count.Piece : $"{count.Piece} · {count.Segment}",
            KpiDimension.Channel => count.Channel,
            KpiDimension.Segment => count.Segment,
            KpiDimension.Region => count.Region,
            KpiDimension.Team => count.Team,
            _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
        };
        return key.Length == 0 ? Unknown : key;
    }
}
