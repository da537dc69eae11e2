using ContentOps.Core.Analytics.Kpis;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Analytics.Kpis;

/// <summary>A campaign's engagement as the store holds it: its counted events, its objectives against them and its cycle time.</summary>
internal sealed record CampaignKpis(Campaign Campaign, CampaignScope Scope, IReadOnlyList<EngagementCount> Counts, IReadOnlyList<ObjectiveStatus> Objectives, double? CycleTimeDays)
{
    /// <summary>Reads the daily aggregates once and measures the campaign; pieces are the campaign's declared pieces.</summary>
    public static async Task<CampaignKpis> MeasureAsync(Campaign campaign, IReadOnlyList<ContentPiece> pieces, IEngagementStore? store, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var ns = campaign.Metadata.EffectiveNamespace;
        var scope = new CampaignScope(ns, campaign.Metadata.Name, pieces.Select(p => $"{p.Metadata.EffectiveNamespace}/{p.Metadata.Name}"));
        var counts = store is null ? [] : scope.Of(ToCounts(await store.DailyAsync(DateOnly.MinValue, DateOnly.MaxValue, cancellationToken).ConfigureAwait(false)));
        var cycle = CycleTime.MedianDays(pieces
            .Where(p => p.Metadata.CreationTimestamp is not null)
            .Select(p => (p.Metadata.CreationTimestamp!.Value, FirstPublished(p))));
        return new CampaignKpis(campaign, scope, counts, ObjectiveEvaluator.Evaluate(campaign.Spec, scope, counts, cycle, now), cycle);
    }

    /// <summary>The store's rows as the Core's counts.</summary>
    public static IReadOnlyList<EngagementCount> ToCounts(IEnumerable<DailyEngagement> rows) =>
        [.. rows.Select(r => new EngagementCount(r.Campaign, r.Piece, r.Channel, r.Segment, r.Region, r.Team, r.Type, r.Events, r.ReadThroughSum) { Sentiment = r.Sentiment, Day = r.Day })];

    private static DateTimeOffset? FirstPublished(ContentPiece piece) =>
        piece.Status?.Publications?.Where(p => p.PublishedAt is not null).Select(p => p.PublishedAt).Min();
}
