using System.Globalization;

namespace ContentOps.Core.Analytics.Kpis;

/// <summary>
/// Cycle time from brief (when a piece was first declared) to its first publication. Where "first declared" comes
/// from is the caller's (the first Git commit that added the piece's file, or when a state first saw it): the engine
/// never reads Git, and the basis says which it was.
/// </summary>
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

    /// <summary>The median with its basis (how many pieces, where "declared" came from), or null when none is published.</summary>
    /// <param name="pieces">Each piece's declaration time and first publication (null when unpublished).</param>
    /// <param name="declaredFrom">A phrase naming the source of the declaration times, e.g. "the first Git commit adding each piece's file".</param>
    public static CycleTimeResult? Measure(IReadOnlyList<(DateTimeOffset Declared, DateTimeOffset? FirstPublished)> pieces, string declaredFrom)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        if (MedianDays(pieces) is not { } median)
        {
            return null;
        }

        var published = pieces.Count(p => p.FirstPublished is not null);
        return new CycleTimeResult(median, published, string.Create(CultureInfo.InvariantCulture, $"median over {published} published piece(s); brief = {declaredFrom}"));
    }
}
