namespace ContentOps.Core.Analytics.Kpis;

/// <summary>A KPI per value of one dimension (per piece, variant, channel, segment, region or rep team), largest basis first.</summary>
public static class KpiBreakdown
{
    /// <summary>The label of unknown values (events without that dimension).</summary>
    public const string Unknown = "(unknown)";

    public static IReadOnlyList<(string Key, KpiMeasurement Measurement)> By(KpiDimension dimension, string kpi, EngagementSlice slice)
    {
        ArgumentNullException.ThrowIfNull(slice);
        return [.. slice.By(dimension)
            .Select(g => (g.Key, Measurement: KpiCalculator.Measure(kpi, g.Slice)))
            .OrderByDescending(x => x.Measurement.Denominator)
            .ThenByDescending(x => x.Measurement.Value ?? 0)
            .ThenBy(x => x.Key, StringComparer.Ordinal)];
    }

    public static string KeyOf(KpiDimension dimension, IEngagementDimensions item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var key = dimension switch
        {
            KpiDimension.Piece => item.Piece,
            KpiDimension.Variant => item.Piece.Length == 0 ? "" : item.Segment.Length == 0 ? item.Piece : $"{item.Piece} · {item.Segment}",
            KpiDimension.Channel => item.Channel,
            KpiDimension.Segment => item.Segment,
            KpiDimension.Region => item.Region,
            KpiDimension.Team => item.Team,
            _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
        };
        return key.Length == 0 ? Unknown : key;
    }
}
