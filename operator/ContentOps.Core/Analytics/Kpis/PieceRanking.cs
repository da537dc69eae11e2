using System.Globalization;
using ContentOps.Core.Analytics.Events;

namespace ContentOps.Core.Analytics.Kpis;

/// <summary>
/// Best and worst pieces by engagement rate (engaged per delivered, see <see cref="PredictedVersusActual.Engagement"/>),
/// each with the reasons a manager can act on: against the campaign's rate, its strongest and weakest segment,
/// read-through, clicks, registrations and comment sentiment.
/// </summary>
public static class PieceRanking
{
    /// <summary>Pieces with fewer deliveries are not ranked (their rate says little).</summary>
    public const int MinimumDeliveries = 20;

    public sealed record RankedPiece(string Piece, double Rate, long Delivered, IReadOnlyList<string> Why);

    public static IReadOnlyList<RankedPiece> Rank(IReadOnlyList<EngagementCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var (engagedAll, deliveredAll) = PredictedVersusActual.Engagement(counts);
        var campaignRate = deliveredAll == 0 ? 0 : engagedAll / deliveredAll;
        var campaignRead = KpiCalculator.Measure(KpiNames.ReadCompletion, new EngagementSlice(counts, [])).Value;
        return [.. counts.Where(c => c.Piece.Length > 0).GroupBy(c => c.Piece, StringComparer.Ordinal)
            .Select(g => (Piece: g.Key, Counts: g.ToList(), Measured: PredictedVersusActual.Engagement(g)))
            .Where(p => p.Measured.Delivered >= MinimumDeliveries)
            .Select(p => new RankedPiece(p.Piece, p.Measured.Engaged / p.Measured.Delivered, (long)p.Measured.Delivered,
                Why(p.Counts, p.Measured.Engaged / p.Measured.Delivered, campaignRate, campaignRead)))
            .OrderByDescending(p => p.Rate).ThenBy(p => p.Piece, StringComparer.Ordinal)];
    }

    private static List<string> Why(List<EngagementCount> counts, double rate, double campaignRate, double? campaignRead)
    {
        var why = new List<string> { Invariant($"engaged per delivery {rate * 100:0}% vs campaign {campaignRate * 100:0}%") };
        var segments = counts.GroupBy(c => c.Segment, StringComparer.Ordinal)
            .Select(g => (Segment: g.Key.Length == 0 ? KpiBreakdown.Unknown : g.Key, Measured: PredictedVersusActual.Engagement(g)))
            .Where(s => s.Measured.Delivered >= 5)
            .Select(s => (s.Segment, Rate: s.Measured.Engaged / s.Measured.Delivered))
            .OrderByDescending(s => s.Rate).ToList();
        if (segments.Count > 1)
        {
            why.Add(Invariant($"strongest in {segments[0].Segment} ({segments[0].Rate * 100:0}%), weakest in {segments[^1].Segment} ({segments[^1].Rate * 100:0}%)"));
        }

        if (KpiCalculator.Measure(KpiNames.ReadCompletion, new EngagementSlice(counts, [])).Value is { } read && campaignRead is { } average)
        {
            why.Add(Invariant($"read-through {read * 100:0}% vs campaign {average * 100:0}%"));
        }

        if (KpiCalculator.EventRate(counts, EngagementEventType.Clicked, EngagementEventType.Delivered) is { } clickRate and > 0)
        {
            why.Add(Invariant($"{clickRate * 100:0.0}% of deliveries clicked"));
        }

        var registered = counts.Where(c => c.Type == EngagementEventType.Registered.Name()).Sum(c => c.Events);
        if (registered > 0)
        {
            why.Add(Invariant($"{registered} registration(s)"));
        }

        var comments = counts.Where(c => c.Type == EngagementEventType.Comment.Name() && c.Sentiment.Length > 0)
            .GroupBy(c => c.Sentiment, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(c => c.Events), StringComparer.Ordinal);
        if (comments.Count > 0)
        {
            why.Add(Invariant($"comments: {comments.GetValueOrDefault("positive")} positive, {comments.GetValueOrDefault("neutral")} neutral, {comments.GetValueOrDefault("negative")} negative"));
        }

        return why;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
