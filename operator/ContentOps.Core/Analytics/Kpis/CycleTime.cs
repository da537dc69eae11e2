namespace ContentOps.Core.Analytics.Kpis;

/// <summary>Cycle time from brief (when a piece was first declared) to its first publication.</summary>
public static class CycleTime
{
    /// <summary>The median in days over the published pieces, or null when none is published.</summary>
    public static double? MedianDays(IEnumerable<(DateTimeOffset Declared, DateTimeOffset? FirstPublished)> pieces)
    {
        var days = pieces.Where(p => p.FirstPublished is not null)
            .Select(p => Math.Max(0, (p.FirstPublished!.Value - p.Declared).TotalDays))
            .Order()
            .ToList();
        if (days.Count == 0)
        {
            return null;
        }

        return days.Count % 2 == 1 ? days[days.Count / 2] : (days[(days.Count / 2) - 1] + days[days.Count / 2]) / 2;
    }
}
