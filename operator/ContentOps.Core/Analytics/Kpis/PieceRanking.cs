using System.Globalization;
using ContentOps.Core.Analytics.Events;

namespace ContentOps.Core.Analytics.Kpis;

/// <summary>
/// Best and worst pieces by engagement per doctor reached (<see cref="SendEngagement"/>), each with the reasons a
/// manager can act on: against the campaign, its strongest and weakest segment, read-through, clicks, registrations
/// and comment sentiment.
/// </summary>
public static class PieceRanking
{
    /// <summary>Pieces that reached fewer doctors are not ranked (their rate says little).</summary>
    public const int MinimumDeliveries = 20;

    /// <param name="Piece">namespace/name of the piece.</param>
    /// <param name="Rate">Share of the doctors reached who engaged.</param>
    /// <param name="Delivered">Doctors reached with the piece (per channel it was sent on).</param>
    /// <param name="Why">Reasons a manager can act on.</param>
    public sealed record RankedPiece(string Piece, double Rate, long Delivered, IReadOnlyList<string> Why);

    public static IReadOnlyList<RankedPiece> Rank(EngagementSlice engagement)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        var open = SendEngagement.OpenChannels(engagement.Hcps);
        var (engagedAll, reachedAll) = SendEngagement.Measure(engagement.Hcps, open);
        var campaignRate = reachedAll == 0 ? 0 : (double)engagedAll / reachedAll;
        var campaignRead = KpiCalculator.Measure(KpiNames.ReadCompletion, engagement).Value;
        return [.. engagement.By(KpiDimension.Piece).Where(p => p.Key != KpiBreakdown.Unknown)
            .Select(p => (p.Key, p.Slice, Measured: SendEngagement.Measure(p.Slice.Hcps, open)))
            .Where(p => p.Measured.Reached >= MinimumDeliveries)
            .Select(p => new RankedPiece(p.Key, (double)p.Measured.Engaged / p.Measured.Reached, p.Measured.Reached,
                Why(p.Slice, open, (double)p.Measured.Engaged / p.Measured.Reached, campaignRate, campaignRead)))
            .OrderByDescending(p => p.Rate).ThenBy(p => p.Piece, StringComparer.Ordinal)];
    }

    private static List<string> Why(EngagementSlice piece, IReadOnlySet<string> open, double rate, double campaignRate, double? campaignRead)
    {
        var why = new List<string> { Invariant($"engaged {rate * 100:0}% of doctors reached vs campaign {campaignRate * 100:0}%") };
        var segments = piece.By(KpiDimension.Segment)
            .Select(s => (Segment: s.Key, Measured: SendEngagement.Measure(s.Slice.Hcps, open)))
            .Where(s => s.Measured.Reached >= 5)
            .Select(s => (s.Segment, Rate: (double)s.Measured.Engaged / s.Measured.Reached, s.Measured.Reached))
            .OrderByDescending(s => s.Rate).ToList();
        if (segments.Count > 1)
        {
            why.Add(Invariant($"strongest in {segments[0].Segment} ({segments[0].Rate * 100:0}% of {segments[0].Reached}), weakest in {segments[^1].Segment} ({segments[^1].Rate * 100:0}% of {segments[^1].Reached})"));
        }

        if (KpiCalculator.Measure(KpiNames.ReadCompletion, piece).Value is { } read && campaignRead is { } average)
        {
            why.Add(Invariant($"read-through {read * 100:0}% vs campaign {average * 100:0}%"));
        }

        var clicks = KpiCalculator.Measure(KpiNames.ClickRate, piece);
        if (clicks.Value is { } clickRate && clicks.Numerator > 0)
        {
            why.Add(Invariant($"{clicks.Numerator:0} of {clicks.Denominator} doctors clicked ({clickRate * 100:0.0}%)"));
        }

        var registered = piece.Doctors(EngagementEventType.Registered.Name()).Count;
        if (registered > 0)
        {
            why.Add(Invariant($"{registered} doctor(s) registered"));
        }

        var comments = piece.Counts.Where(c => c.Type == EngagementEventType.Comment.Name() && c.Sentiment.Length > 0)
            .GroupBy(c => c.Sentiment, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(c => c.Events), StringComparer.Ordinal);
        if (comments.Count > 0)
        {
            why.Add(Invariant($"comments: {comments.GetValueOrDefault("positive")} positive, {comments.GetValueOrDefault("neutral")} neutral, {comments.GetValueOrDefault("negative")} negative"));
        }

        return why;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
