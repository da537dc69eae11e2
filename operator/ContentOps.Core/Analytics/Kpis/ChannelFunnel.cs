using ContentOps.Core.Analytics.Events;

namespace ContentOps.Core.Analytics.Kpis;

/// <summary>
/// The funnel per channel built from the sends: how many sends the ledger holds, and of those how many reached a
/// doctor who then had a delivered, opened, read, clicked or registered event for the same piece on the same channel.
/// Doctors with events but no send on the channel are counted apart (<see cref="Stage.WithoutSend"/>), never mixed in.
/// </summary>
public static class ChannelFunnel
{
    /// <summary>The steps after the send, in funnel order.</summary>
    public static IReadOnlyList<EngagementEventType> Steps { get; } =
        [EngagementEventType.Delivered, EngagementEventType.Opened, EngagementEventType.Read, EngagementEventType.Clicked, EngagementEventType.Registered];

    /// <summary>A send of a piece to a doctor on a channel (namespace/name each).</summary>
    public sealed record Send(string Piece, string Hcp, string Channel);

    /// <summary>One channel's funnel: sends, then per step the sends whose doctor did it; doctors with events but no send.</summary>
    public sealed record Stage(string Channel, long Sends, IReadOnlyList<long> Steps, long WithoutSend);

    public static IReadOnlyList<Stage> Build(IReadOnlyList<Send> sends, IReadOnlyList<EngagedHcp> hcps)
    {
        ArgumentNullException.ThrowIfNull(sends);
        ArgumentNullException.ThrowIfNull(hcps);
        var did = hcps.Select(h => (h.Piece, h.Hcp, h.Channel, h.Type)).ToHashSet();
        var sent = sends.Select(s => (s.Piece, s.Hcp, s.Channel)).ToHashSet();
        var channels = sends.Select(s => s.Channel).Concat(hcps.Select(h => h.Channel)).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return [.. channels.Select(channel =>
        {
            var own = sent.Where(s => s.Channel == channel).ToList();
            var steps = Steps.Select(step => (long)own.Count(s => did.Contains((s.Piece, s.Hcp, s.Channel, step.Name())))).ToList();
            var without = hcps.Where(h => h.Channel == channel && !sent.Contains((h.Piece, h.Hcp, h.Channel))).Select(h => h.Hcp).Distinct(StringComparer.Ordinal).LongCount();
            return new Stage(channel, own.Count, steps, without);
        })];
    }
}
