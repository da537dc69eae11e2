using ContentOps.Core.Analytics.Events;

namespace ContentOps.Core.Analytics.Kpis;

/// <summary>
/// Engagement per doctor reached with a piece on a channel (one unit per piece × channel × doctor with a delivered
/// event): engaged when that doctor opened it, or clicked it on channels where nothing is opened (SMS). Repeated opens
/// count once, so a rate never exceeds 100 % and matches the funnel.
/// </summary>
public static class SendEngagement
{
    /// <summary>The channels on which any doctor opened anything: there, engaged means opened.</summary>
    public static HashSet<string> OpenChannels(IEnumerable<EngagedHcp> hcps) =>
        new(hcps.Where(h => h.Type == EngagementEventType.Opened.Name()).Select(h => h.Channel), StringComparer.Ordinal);

    /// <summary>Reached units and how many of them engaged.</summary>
    public static (long Engaged, long Reached) Measure(IEnumerable<EngagedHcp> hcps, IReadOnlySet<string> openChannels)
    {
        ArgumentNullException.ThrowIfNull(hcps);
        ArgumentNullException.ThrowIfNull(openChannels);
        var units = Units(hcps, openChannels);
        return (units.Count(u => u.Engaged), units.Count);
    }

    /// <summary>Each reached unit (piece, channel, doctor) with the day it was reached and whether it engaged.</summary>
    public static IReadOnlyList<(EngagedHcp Delivered, bool Engaged)> Units(IEnumerable<EngagedHcp> hcps, IReadOnlySet<string> openChannels)
    {
        ArgumentNullException.ThrowIfNull(hcps);
        ArgumentNullException.ThrowIfNull(openChannels);
        var list = hcps as IReadOnlyCollection<EngagedHcp> ?? [.. hcps];
        var acted = list.Where(h => h.Type == (openChannels.Contains(h.Channel) ? EngagementEventType.Opened : EngagementEventType.Clicked).Name())
            .Select(h => (h.Piece, h.Channel, h.Hcp)).ToHashSet();
        return [.. list.Where(h => h.Type == EngagementEventType.Delivered.Name()).Select(h => (h, acted.Contains((h.Piece, h.Channel, h.Hcp))))];
    }
}
